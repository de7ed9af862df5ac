package org.cxlens.report;

import org.cxlens.domain.Message;

/**
 * A numeric chart axis: its title and the range every rendering draws, so a screen and a
 * deliverable show the same ticks.
 *
 * @param min  lowest value drawn, a multiple of step
 * @param max  highest value drawn, a multiple of step
 * @param step distance between ticks
 */
public record ChartAxis(Message title, double min, double max, double step) {

    public ChartAxis {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException("an axis runs upwards in positive steps: " + min + "–" + max + " by " + step);
        }
    }

    /** The ticks from min to max inclusive. */
    public double[] ticks() {
        int count = (int) Math.round((max - min) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = min + i * step;
        }
        return ticks;
    }

    /** Where a value lies between min (0) and max (1). */
    public double position(double value) {
        return (value - min) / (max - min);
    }
}
