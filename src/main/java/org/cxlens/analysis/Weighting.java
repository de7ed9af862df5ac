package org.cxlens.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;

/**
 * Whether an analysis's figures are weighted and by which column, with the unweighted base
 * beside the effective one: what every analysis output states.
 *
 * @param columns       weight columns the project's imports map (may be empty)
 * @param dataWeighted  whether the data holds any weight other than 1
 * @param applied       whether the weights were applied (false for an unweighted analysis of weighted data)
 * @param respondents   respondents selected, unweighted
 * @param effectiveBase Kish effective base of those respondents
 */
public record Weighting(List<String> columns, boolean dataWeighted, boolean applied, int respondents,
                        double effectiveBase) {

    public Weighting {
        columns = List.copyOf(columns);
    }

    public static Weighting of(List<String> columns, SurveyData data, Dashboard dashboard) {
        return new Weighting(columns, data.weighted(), dashboard.weighted(), dashboard.respondents(),
                dashboard.effectiveRespondents());
    }

    /** The weight columns applied, comma-separated; empty when unweighted. */
    public String appliedColumns() {
        return applied ? String.join(", ", columns) : "";
    }

    /** "Weighted by column “W” (n = 1,000 respondents, effective base 812.4)", "Unweighted: ...". */
    public Message describe() {
        String names = columns.stream().map(c -> "“" + c + "”").collect(Collectors.joining(", "));
        if (applied) {
            return Message.of("analysis.weighting.applied", columns.size(), names, respondents, effectiveBase);
        }
        if (dataWeighted) {
            return Message.of("analysis.weighting.off", columns.size(), names);
        }
        return columns.isEmpty() ? Message.of("analysis.weighting.none")
                : Message.of("analysis.weighting.empty", columns.size(), names);
    }
}
