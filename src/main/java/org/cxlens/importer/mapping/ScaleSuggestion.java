package org.cxlens.importer.mapping;

import java.util.List;
import org.cxlens.domain.Scale;

/**
 * A suggested scale for a rating column.
 *
 * @param missingCodes column codes that look like "no answer" (a lone 0 on a 1–5 item, 99)
 * @param fromLabels   true when the values were answer labels rather than numbers
 */
public record ScaleSuggestion(Scale scale, List<String> missingCodes, boolean fromLabels) {

    public ScaleSuggestion {
        missingCodes = List.copyOf(missingCodes);
    }
}
