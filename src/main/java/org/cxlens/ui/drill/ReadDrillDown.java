package org.cxlens.ui.drill;

import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.DrillRow;

/**
 * A drill-down with its first page already read, off the FX thread: the dialog then opens
 * showing respondents, instead of building its table once with placeholders and again when
 * the page arrives.
 */
public record ReadDrillDown(DrillDown drill, List<DrillRow> firstPage) {

    public ReadDrillDown {
        firstPage = List.copyOf(firstPage);
    }

    public static ReadDrillDown of(DrillDown drill) throws CxLensException {
        return new ReadDrillDown(drill, drill.page(0, DrillDownViewModel.PAGE));
    }
}
