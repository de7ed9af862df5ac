package org.cxlens.ui.priorities;

import java.util.List;
import org.cxlens.report.ModelSummary;

/**
 * What the priorities page shows for one filter and outcome.
 *
 * @param rows               the action list, first action first
 * @param intro              how the list is ranked, naming the outcome
 * @param summary            the driver model behind the importance, with its warnings
 * @param recommendAvailable whether the recommend outcome can be chosen
 */
public record PrioritiesFigures(List<PriorityRow> rows, String intro, ModelSummary summary, boolean recommendAvailable) {

    public PrioritiesFigures {
        rows = List.copyOf(rows);
    }
}
