package org.cxlens.domain;

/**
 * A rating scale, declared from its worst answer to its best: "0–10", "1–5", or "5–1" when 1 is
 * the best answer (school grades, "1 = very satisfied … 5 = very dissatisfied"). Every score is
 * read as the fraction of the way from worst to best it reaches, so that one classification
 * scheme serves every scale in either direction (DESIGN §3, ADR 0012).
 *
 * @param worst the answer at fraction 0
 * @param best  the answer at fraction 1
 */
public record Scale(double worst, double best) {

    public Scale {
        if (worst == best || Double.isNaN(worst) || Double.isNaN(best)) {
            throw new IllegalArgumentException("a scale needs two different ends: " + worst + "–" + best);
        }
    }

    public static Scale of(double worst, double best) {
        return new Scale(worst, best);
    }

    /** p = (x − worst) / (best − worst): 0 at the worst answer, 1 at the best, in either direction. */
    public double fraction(double x) {
        return (x - worst) / (best - worst);
    }

    /** The raw score at fraction p of the way from worst to best. */
    public double score(double p) {
        return worst + p * (best - worst);
    }

    /** True when the best answer is the lowest number. */
    public boolean reversed() {
        return best < worst;
    }

    /** The smaller end, whichever of worst and best it is. */
    public double low() {
        return Math.min(worst, best);
    }

    /** The larger end, whichever of worst and best it is. */
    public double high() {
        return Math.max(worst, best);
    }

    public boolean contains(double x) {
        return x >= low() && x <= high();
    }

    /** The same answers read the other way round: 1–5 becomes 5–1. */
    public Scale flipped() {
        return new Scale(best, worst);
    }

    /** "0–10", "1–5", "5–1": the way users write a scale, worst first. */
    public String label() {
        return format(worst) + "–" + format(best);
    }

    /** The best answer as users write it: "10", "1". */
    public String bestLabel() {
        return format(best);
    }

    /** The worst answer as users write it: "0", "5". */
    public String worstLabel() {
        return format(worst);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
