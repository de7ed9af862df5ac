package org.cxlens.domain;

/**
 * A rating scale such as 0–10 or 1–5. Every score is read as the fraction of the scale's range
 * it reaches, so that one classification scheme serves every scale (DESIGN §3).
 */
public record Scale(double min, double max) {

    public Scale {
        if (!(max > min)) {
            throw new IllegalArgumentException("scale max must exceed min: " + min + "–" + max);
        }
    }

    public static Scale of(double min, double max) {
        return new Scale(min, max);
    }

    /** p = (x − min) / (max − min). */
    public double fraction(double x) {
        return (x - min) / (max - min);
    }

    public boolean contains(double x) {
        return x >= min && x <= max;
    }

    /** "0–10", "1–5": the way users write a scale. */
    public String label() {
        return format(min) + "–" + format(max);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
