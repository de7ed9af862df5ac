package org.cxlens.report;

import java.util.List;
import java.util.Locale;
import org.cxlens.domain.ExperienceClass;

/**
 * The colours of the light theme as hex RGB for renderings without CSS (Office charts, tables):
 * the same values as the looked-up colours {@code -cx-<colourId>} of theme-light.css, which a
 * test holds equal, so a class has one colour on screen and in every deliverable.
 */
public final class ClassColours {

    public static final String INDIFFERENT = "b8b8b8";
    public static final String SATISFIED = "56b4e9";
    public static final String DELIGHTED = "0072b2";
    public static final String RECOVERY = "d55e00";
    public static final String TEXT = "1f2328";
    public static final String TEXT_MUTED = "57606a";
    public static final String BORDER = "d0d7de";

    /** Steps of the heatmap scale, as on screen (heat-0 … heat-7). */
    public static final int HEAT_STEPS = 8;

    private ClassColours() {
    }

    public static String of(ExperienceClass c) {
        return switch (c) {
            case INDIFFERENT -> INDIFFERENT;
            case SATISFIED -> SATISFIED;
            case DELIGHTED -> DELIGHTED;
        };
    }

    /** The colour a description names by its colour id ("delighted", "recovery", "satisfied-or-better"…). */
    public static String of(String colourId) {
        return switch (colourId.toLowerCase(Locale.ROOT)) {
            case "indifferent" -> INDIFFERENT;
            case "satisfied", "satisfied-or-better" -> SATISFIED;
            case "delighted", "nps" -> DELIGHTED;
            case "recovery" -> RECOVERY;
            default -> throw new IllegalArgumentException("no colour named " + colourId);
        };
    }

    /** 0xRRGGBB of a colour id, for renderers that draw with integers (PDF). */
    public static int rgb(String colourId) {
        return Integer.parseInt(of(colourId), 16);
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
        return "#" + of(colourId);
    }

    /** The ids of the class colours, as the CSS names them ({@code -cx-<id>}). */
    public static List<String> ids() {
        return List.of("indifferent", "satisfied", "delighted", "recovery");
    }

    /** The heatmap step of a share, as the screen picks it: the scale cut in eight equal parts. */
    public static int heatStep(HeatmapDescription heatmap, double share) {
        return Math.min(HEAT_STEPS - 1, (int) Math.floor(heatmap.scalePosition(share) * HEAT_STEPS));
    }

    /**
     * The fill of a heatmap step: satisfied's blue lightened for the low steps, delighted's
     * darkened for the high ones, close to the screen's derive() steps in the CSS.
     */
    public static String heat(int step) {
        return switch (step) {
            case 0 -> mix(SATISFIED, "ffffff", 0.80);
            case 1 -> mix(SATISFIED, "ffffff", 0.60);
            case 2 -> mix(SATISFIED, "ffffff", 0.35);
            case 3 -> SATISFIED;
            case 4 -> mix(DELIGHTED, "ffffff", 0.15);
            case 5 -> DELIGHTED;
            case 6 -> mix(DELIGHTED, "000000", 0.28);
            case 7 -> mix(DELIGHTED, "000000", 0.52);
            default -> throw new IllegalArgumentException("no heat step " + step);
        };
    }

    /** Whether text on a heat step's fill is white (dark fills) rather than the text colour. */
    public static boolean lightTextOnHeat(int step) {
        return step >= 4;
    }

    /** Red, green and blue 0–255 of a hex colour. */
    public static int[] channels(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    public static byte[] bytes(String hex) {
        int[] rgb = channels(hex);
        return new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]};
    }

    private static String mix(String colour, String towards, double amount) {
        int[] a = channels(colour);
        int[] b = channels(towards);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(a[i] + (b[i] - a[i]) * amount)));
        }
        return hex.toString();
    }
}
