package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.Scale;

/**
 * What a question says about its own answers: "(1 = poor, 5 = excellent, 6 = not applicable)",
 * "0 = n.v.t.". Numbers labelled as "not applicable" are codes; the others span the scale.
 *
 * @param scale the lowest to the highest labelled answer, or null when fewer than two are named
 * @param codes the numbers the question calls "not applicable", "never used", "don't know"...
 */
record NumberedLabels(Scale scale, List<String> codes) {

    private static final Pattern LABELLED = Pattern.compile("(?<![\\d.,])(-?\\d{1,3})\\s*[=:]\\s*([^,;/()\\[\\]=|]+)");
    private static final String[] NOT_APPLICABLE = {"not applicable", "n/a", "never used", "not used", "did not use",
            "don't know", "dont know", "do not know", "no opinion", "not sure", "n.v.t", "nvt", "niet van toepassing",
            "weet niet", "weet ik niet", "geen mening", "nooit gebruikt", "niet gebruikt", "no answer", "geen antwoord",
            "refused", "blank", "leeg", "no response", "not asked", "niet gevraagd"};

    static NumberedLabels of(String... texts) {
        List<String> codes = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int points = 0;
        for (String text : texts) {
            Matcher m = LABELLED.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String number = m.group(1);
                String label = m.group(2).strip();
                if (isNotApplicable(label)) {
                    if (!codes.contains(number)) {
                        codes.add(number);
                    }
                } else if (Character.isLetter(label.isEmpty() ? ' ' : label.charAt(0))) {
                    double x = Double.parseDouble(number);
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                    points++;
                }
            }
        }
        Scale scale = points >= 2 && max > min ? Scale.of(min, max) : null;
        return new NumberedLabels(scale, codes);
    }

    static boolean isNotApplicable(String label) {
        for (String phrase : NOT_APPLICABLE) {
            if (label.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
