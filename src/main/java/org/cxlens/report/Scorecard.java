package org.cxlens.report;

import java.util.List;

/**
 * A department's one-page scorecard: the touchpoints it owns, their classes against their targets,
 * its recovery cases and its top comments, so each department sees its own part of the journey.
 *
 * @param department  the department's name
 * @param touchpoints the class bars of its touchpoints, with their targets
 * @param table       per touchpoint: base, shares, target and whether it is met
 * @param recovery    its respondents needing recovery (id, touchpoint, score), possibly empty
 * @param comments    its top comments (at most three), each already with its writer's class
 * @param notes       sentences the reader needs (low bases, weighting)
 */
public record Scorecard(String department, ClassBarChartDescription touchpoints, ReportTable table,
                        ReportTable recovery, List<String> comments, List<String> notes) {

    public Scorecard {
        comments = List.copyOf(comments);
        notes = List.copyOf(notes);
    }
}
