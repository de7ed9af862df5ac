package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;

/**
 * Columns of one question block ({@code Q5_1, Q5_2, …}, {@code PERQ1…PERQ7}, or one question
 * stem with several items) are asked on one scale: a member whose answers happen to stop at 4
 * gets the block's 1–5 (with a warning that its top is never used), and members whose values
 * really differ are reported rather than forced together.
 */
final class QuestionBlocks {

    /** A code header: letters (and separators) followed by an item number. */
    private static final Pattern CODED = Pattern.compile("^([A-Za-z][A-Za-z_.]*?[A-Za-z])[_.\\-]?(\\d+)[a-z]?$");
    private static final Pattern PREFIXED = Pattern.compile("^([A-Za-z]+\\d*)[_.]\\w+$");
    /** "Q7A_ART", "Q7B_FOOD": a question number with lettered items. */
    private static final Pattern LETTERED = Pattern.compile("^([A-Za-z]+\\d+)[A-Za-z][A-Za-z_.]*$");

    /** A scored column and how to change its scale. */
    record Member(String key, ScaleSuggestion scale, Consumer<ScaleSuggestion> update) {
    }

    private QuestionBlocks() {
    }

    /** The block a column belongs to, or null when its header shows none. */
    static String key(HeaderText name, HeaderText question) {
        String raw = name.raw();
        if (raw.indexOf(' ') < 0) {
            Matcher coded = CODED.matcher(raw);
            if (coded.matches()) {
                return coded.group(1).toLowerCase(java.util.Locale.ROOT);
            }
            Matcher prefixed = PREFIXED.matcher(raw);
            if (prefixed.matches()) {
                return prefixed.group(1).toLowerCase(java.util.Locale.ROOT);
            }
            Matcher lettered = LETTERED.matcher(raw);
            if (lettered.matches()) {
                return lettered.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        HeaderText h = question.item() != null ? question : name;
        return h.item() != null && !h.stem().isBlank() ? h.stem().toLowerCase(java.util.Locale.ROOT) : null;
    }

    static void unify(List<Member> members) {
        Map<String, List<Member>> blocks = new LinkedHashMap<>();
        for (Member m : members) {
            if (m.key() != null && !m.scale().fromLabels()) {
                blocks.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Member> block : blocks.values()) {
            if (block.size() >= 2) {
                unifyBlock(block);
            }
        }
    }

    private static void unifyBlock(List<Member> block) {
        Map<Scale, Integer> votes = new HashMap<>();
        for (Member m : block) {
            votes.merge(m.scale().scale(), 1, Integer::sum);
        }
        Scale common = null;
        for (Map.Entry<Scale, Integer> e : votes.entrySet()) {
            if (common == null || e.getValue() > votes.get(common)
                    || e.getValue().equals(votes.get(common)) && width(e.getKey()) > width(common)) {
                common = e.getKey();
            }
        }
        if (votes.size() == 1) {
            return;
        }
        for (Member m : block) {
            ScaleSuggestion s = m.scale();
            if (s.scale().equals(common)) {
                continue;
            }
            if (common.contains(s.low()) && common.contains(s.high())) {
                List<String> codes = new ArrayList<>();
                for (String code : s.missingCodes()) {
                    double x = LabelTable.leadingNumber(code);
                    if (Double.isNaN(x) || !common.contains(x) || code.strip().length() > 3) {
                        codes.add(code);
                    }
                }
                ScaleSuggestion unified = s.withScale(common, codes,
                        Message.of("mapping.evidence.block", m.key(), common.label()));
                if (common.reversed() ? s.low() > common.best() : s.high() < common.best()) {
                    unified = unified.withWarning(Message.of("mapping.warning.topUnused", common.label(),
                            label(common.best())));
                }
                m.update().accept(unified);
            } else {
                m.update().accept(s.withWarning(Message.of("mapping.warning.mixedBlock", m.key(), s.scale().label(),
                        common.label())));
            }
        }
    }

    private static double width(Scale s) {
        return s.high() - s.low();
    }

    private static String label(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
