package org.cxlens.analysis;

import java.util.List;
import org.cxlens.domain.Touchpoint;

/**
 * Touchpoint × group table (for example touchpoint × region).
 *
 * @param cells [touchpoint row][group column]; each cell's vsRest compares the group with the
 *              touchpoint's other groups
 */
public record Heatmap(List<Touchpoint> touchpoints, List<String> groups, GroupMeasure[][] cells) {
}
