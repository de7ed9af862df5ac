package org.cxlens.ui.comments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A comment cut where the search's words occur, so the view can mark them. */
final class Highlights {

    /** A piece of the text, matched by a search word or not. */
    record Part(String text, boolean match) {
    }

    private Highlights() {
    }

    /** The text in pieces, the words' occurrences (in any case) marked; one unmarked piece without words. */
    static List<Part> of(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Lower case that changes the length (a dotted capital I) would shift every mark: show it unmarked.
        if (words.isEmpty() || text.isEmpty() || lower.length() != text.length()) {
            return List.of(new Part(text, false));
        }
        boolean[] marked = new boolean[text.length()];
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(w); at >= 0 && !w.isEmpty(); at = lower.indexOf(w, at + 1)) {
                Arrays.fill(marked, at, at + w.length(), true);
            }
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                parts.add(new Part(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }
}
