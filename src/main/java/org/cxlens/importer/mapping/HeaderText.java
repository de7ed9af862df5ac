package org.cxlens.importer.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header prepared for keyword matching: the words in lower case, and the sub-item a
 * matrix or grid header names ("Satisfaction - Website", "Title [Row]", "Rapportcijfer Website").
 * A closing note on the scale, "(1 = very satisfied; 5 = very dissatisfied)" or "[1=poor, 5=good]",
 * is no sub-item and its words are no keywords: {@code raw} keeps it for the scale's anchors, the
 * rest is read without it.
 */
record HeaderText(String raw, String words, String compact, String stem, String item) {

    private static final List<String> TAIL_NOISE = List.of(" - selected choice", " - geselecteerde keuze");
    private static final List<String> SEPARATORS = List.of(" - ", " – ", " — ", ": ", " | ");
    private static final Pattern CLOSING_NOTE = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");

    static HeaderText of(String text) {
        String original = text == null ? "" : text.strip().replace('\u00a0', ' ');
        String raw = undotted(original);
        // In an undotted header ".." was any punctuation: only a full question before it is a matrix stem.
        int minStemWords = raw.equals(original) ? 1 : 4;
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String noise : TAIL_NOISE) {
            if (lower.endsWith(noise)) {
                raw = raw.substring(0, raw.length() - noise.length()).strip();
                lower = raw.toLowerCase(Locale.ROOT);
            }
        }
        String bare = withoutScaleNote(raw);
        String stem = bare;
        String item = null;
        int open = bare.lastIndexOf('[');
        if (bare.endsWith("]") && open >= 0 && (open == 0 || bare.charAt(open - 1) == ' ')) {
            stem = bare.substring(0, open).strip();
            item = bare.substring(open + 1, bare.length() - 1).strip();
        } else {
            for (String sep : SEPARATORS) {
                int at = bare.lastIndexOf(sep);
                if (at > 0 && words(bare.substring(0, at)).split(" ").length >= minStemWords) {
                    stem = bare.substring(0, at).strip();
                    item = bare.substring(at + sep.length()).strip();
                    break;
                }
            }
        }
        return new HeaderText(raw, words(bare), compact(bare), stem, item == null || item.isEmpty() ? null : item);
    }

    /** The text without a closing note on its scale, "Levering (1=zeer tevreden, 5=zeer ontevreden)"; as it was if nothing else is left. */
    static String withoutScaleNote(String text) {
        Matcher note = CLOSING_NOTE.matcher(text);
        if (!note.find() || !ScaleAnchors.givesAnchors(note.group(1))) {
            return text;
        }
        String bare = text.substring(0, note.start()).strip();
        return bare.isEmpty() ? text : bare;
    }

    /**
     * R's {@code make.names} turns "How would you rate the following: The cost" into
     * "How.would.you.rate.the.following..The.cost."; read such a header as the text it was.
     */
    private static String undotted(String raw) {
        if (raw.indexOf(' ') >= 0 || raw.chars().filter(ch -> ch == '.').count() < 3) {
            return raw;
        }
        return raw.replace("..", ": ").replace('.', ' ').replace(": :", ":").strip();
    }

    /** Lower-case words separated by single spaces, punctuation removed. */
    static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    /** Letters and digits only, lower case: "Response ID" and "ResponseId" both become "responseid". */
    static String compact(String s) {
        return words(s).replace(" ", "");
    }

    boolean hasWord(String... candidates) {
        List<String> tokens = Arrays.asList(words.split(" "));
        for (String c : candidates) {
            if (c.indexOf(' ') >= 0 ? (" " + words + " ").contains(" " + c + " ") : tokens.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when any of the stems occurs anywhere, also inside a compound word ("klanttevredenheid"). */
    boolean contains(String... stems) {
        for (String s : stems) {
            if (compact.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
