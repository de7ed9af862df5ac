package org.cxlens.ui.classification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.analysis.ClassMoves;
import org.cxlens.domain.ExperienceClass;

/**
 * The respondents changing class in words, the largest move first: "1,204 respondents move from
 * satisfied to delighted". Counts are respondents, unweighted, as the engine counts them.
 */
final class MoveTexts {

    private record Move(ExperienceClass from, ExperienceClass to, long count) {
    }

    private final ResourceBundle bundle;

    MoveTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** One sentence per pair of classes with anyone moving; a single sentence saying nobody moves otherwise. */
    List<String> sentences(ClassMoves moves) {
        List<Move> found = new ArrayList<>();
        for (ExperienceClass from : ExperienceClass.values()) {
            for (ExperienceClass to : ExperienceClass.values()) {
                long count = moves.counts()[from.ordinal()][to.ordinal()];
                if (from != to && count > 0) {
                    found.add(new Move(from, to, count));
                }
            }
        }
        if (found.isEmpty()) {
            return List.of(bundle.getString("classification.moves.none"));
        }
        found.sort(Comparator.comparingLong(Move::count).reversed());
        return found.stream().map(m -> new MessageFormat(bundle.getString("classification.moves.line"), bundle.getLocale())
                .format(new Object[] {m.count(), name(m.from()), name(m.to())})).toList();
    }

    private String name(ExperienceClass c) {
        return bundle.getString("class." + c.name().toLowerCase(Locale.ROOT)).toLowerCase(bundle.getLocale());
    }
}
