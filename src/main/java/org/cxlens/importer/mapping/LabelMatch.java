package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The label family that best explains one column's answers, and what in the column does not
 * fit it: the evidence a suggestion shows and the doubts it warns about.
 *
 * @param family        the family
 * @param answers       the column's answers, empty cells and missing codes left out
 * @param covered       how many of those answers are one of the family's labels
 * @param labelCounts   per family label, lowest first: how many answers use it (0 when unused)
 * @param unknownLabels the column's answers the family does not know, with counts, most frequent first
 * @param rivals        other families that know as many answers but read some of them as other
 *                      points of the scale, best first, one per reading; a longer scale holding every
 *                      label of the family is none (its extra labels would all be unused). Empty
 *                      when the choice is clear
 * @param byPhrase      answers the family does not list, read as one end of its scale by the idiom
 *                      they hold ("Accueil laisse à désirer"): a guess the suggestion must warn about
 * @param columnLabels  the family's labels, lowest first, each spelled as most of the column's
 *                      answers at that point spell it (accents, spacing, or the phrase-read answer):
 *                      the list the column is imported with
 */
public record LabelMatch(LabelFamily family, long answers, long covered, Map<String, Long> labelCounts,
                         Map<String, Long> unknownLabels, List<LabelFamily> rivals,
                         Map<String, LabelFamilies.PhraseReading> byPhrase, List<String> columnLabels) {

    public LabelMatch {
        Objects.requireNonNull(family, "family");
        labelCounts = Collections.unmodifiableMap(new LinkedHashMap<>(labelCounts));
        unknownLabels = Collections.unmodifiableMap(new LinkedHashMap<>(unknownLabels));
        rivals = List.copyOf(rivals);
        byPhrase = Collections.unmodifiableMap(new LinkedHashMap<>(byPhrase));
        columnLabels = List.copyOf(columnLabels);
    }

    /** The share of answers the family knows, 0–1. */
    public double coverage() {
        return answers == 0 ? 0 : (double) covered / answers;
    }

    /** The family's labels no answer uses, lowest first. */
    public List<String> unusedLabels() {
        List<String> out = new ArrayList<>();
        labelCounts.forEach((label, count) -> {
            if (count == 0) {
                out.add(label);
            }
        });
        return out;
    }

    /** True when nobody chose the family's highest label: the scale may be shorter than the family. */
    public boolean topUnused() {
        return labelCounts.get(family.labels().get(family.size() - 1)) == 0;
    }
}
