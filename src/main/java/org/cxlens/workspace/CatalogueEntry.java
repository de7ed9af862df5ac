package org.cxlens.workspace;

import org.cxlens.domain.Touchpoint;

/**
 * A touchpoint of the catalogue with how many respondents answered it (unfiltered, unweighted):
 * the editor shows it so that a merge's effect on the base can be seen before and after.
 */
public record CatalogueEntry(Touchpoint touchpoint, int answers) {
}
