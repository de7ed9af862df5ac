package org.cxlens.report;

import java.util.Map;
import java.util.Set;

/**
 * The chart colours of every rendering that is not the screen (PDF, PNG, Office), by the colour id
 * a chart description names ({@link ClassSeries#colourId()}). They
 * equal the looked-up colours {@code -cx-<id>} of the screen's theme-light.css, which a test keeps
 * true: Okabe–Ito, colour-blind safe.
 */
public final class ClassColours {

    private static final Map<String, Integer> RGB = Map.of(
            "indifferent", 0xb8b8b8,
            "satisfied", 0x56b4e9,
            "delighted", 0x0072b2,
            "recovery", 0xd55e00);

    private ClassColours() {
    }

    /** 0xRRGGBB of a colour id; an unknown id is a programming error. */
    public static int rgb(String colourId) {
        Integer rgb = RGB.get(colourId);
        if (rgb == null) {
            throw new IllegalArgumentException("no colour named " + colourId);
        }
        return rgb;
    }

    /** The colour of a trend or heatmap measure: the class it counts, satisfied for satisfied-or-better. */
    public static int rgb(ChartMeasure measure) {
        return switch (measure) {
            case DELIGHTED, NPS -> rgb("delighted");
            case SATISFIED_OR_BETTER -> rgb("satisfied");
            case RECOVERY -> rgb("recovery");
        };
    }

    /** "#0072b2", as the CSS writes it. */
    public static String hex(String colourId) {
        return String.format("#%06x", rgb(colourId));
    }

    /** The ids with a colour. */
    public static Set<String> ids() {
        return RGB.keySet();
    }
}
