package org.cxlens.sample;

/** Turns a latent fraction (0–1) into a point on a scale. */
final class ScalePoints {

    private ScalePoints() {
    }

    static int of(double fraction, int min, int max) {
        return min + (int) Math.round(fraction * (max - min));
    }

    /** A 1–10 grade in half points: 1, 1.5, ..., 10. */
    static double halfPoints(double fraction) {
        return 1 + Math.round(fraction * 18) / 2.0;
    }
}
