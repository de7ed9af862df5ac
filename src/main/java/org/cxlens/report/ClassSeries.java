package org.cxlens.report;

import java.util.List;
import org.cxlens.domain.ExperienceClass;

/**
 * One class across the bars.
 *
 * @param colourId names the class colour; renderers map it to the one definition (the CSS
 *                 looked-up colour {@code -cx-<colourId>} on screen)
 */
public record ClassSeries(ExperienceClass experienceClass, String colourId, List<BarSegment> segments) {

    public ClassSeries {
        segments = List.copyOf(segments);
    }
}
