package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cxlens.domain.Touchpoint;

/**
 * Which touchpoint a comment question is about. A long-format import names its comment questions
 * "Comment [Delivery]"; a wide file's own column may name one touchpoint ("Toelichting levering").
 * A question naming no touchpoint, or several, is about none.
 */
final class CommentTopics {

    private CommentTopics() {
    }

    /** Per question, the slot of the touchpoint it is about, or -1. */
    static int[] of(List<String> questions, List<Touchpoint> touchpoints) {
        int[] slots = new int[questions.size()];
        for (int q = 0; q < slots.length; q++) {
            slots[q] = about(questions.get(q), touchpoints);
        }
        return slots;
    }

    private static int about(String question, List<Touchpoint> touchpoints) {
        String lower = question.toLowerCase(Locale.ROOT).strip();
        for (Touchpoint t : touchpoints) {
            if (lower.endsWith("[" + t.name().toLowerCase(Locale.ROOT) + "]")) {
                return t.slot();
            }
        }
        List<Touchpoint> named = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            if (wholeWords(t.name()).matcher(lower).find()) {
                named.add(t);
            }
        }
        // "Comment on delivery time" names "Delivery time", not also "Delivery".
        named.removeIf(t -> named.stream().anyMatch(other -> other != t
                && other.name().length() > t.name().length()
                && wholeWords(t.name()).matcher(other.name().toLowerCase(Locale.ROOT)).find()));
        return named.size() == 1 ? named.get(0).slot() : -1;
    }

    private static Pattern wholeWords(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])");
    }
}
