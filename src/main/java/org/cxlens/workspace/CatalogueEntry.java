package org.cxlens.workspace;

import java.util.List;
import org.cxlens.domain.Touchpoint;

/**
 * A touchpoint of the catalogue with how many respondents answered it (unfiltered, unweighted):
 * the editor shows it so that a merge's effect on the base can be seen before and after.
 *
 * @param earlierNames the names it had before a rename or merge, which a next wave's columns may still use
 */
public record CatalogueEntry(Touchpoint touchpoint, int answers, List<String> earlierNames) {

    public CatalogueEntry {
        earlierNames = List.copyOf(earlierNames);
    }
}
