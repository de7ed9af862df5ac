package org.cxlens.ui.wizard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.Scale;

/**
 * Scales as the user types them, worst answer first: "1–5", "0-10", "1 to 7", and "5–1" when 1 is
 * the best answer; the usual ones offered in a list.
 */
final class ScaleText {

    static final List<String> COMMON = List.of("0–10", "1–10", "1–5", "1–7", "0–5", "0–100", "5–1");
    private static final Pattern RANGE = Pattern.compile("\\s*(-?[0-9]+(?:[.,][0-9]+)?)\\s*(?:–|-|—|to|tot)\\s*"
            + "(-?[0-9]+(?:[.,][0-9]+)?)\\s*");

    private ScaleText() {
    }

    /**
     * The scale written, or null for an empty text.
     *
     * @throws IllegalArgumentException with the text as message, when it is not a scale
     */
    static Scale parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text.strip());
        }
        double worst = number(m.group(1));
        double best = number(m.group(2));
        if (worst == best) {
            throw new IllegalArgumentException(text.strip());
        }
        return Scale.of(worst, best);
    }

    /** A number with a decimal point or comma. */
    static double number(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.strip(), e);
        }
    }
}
