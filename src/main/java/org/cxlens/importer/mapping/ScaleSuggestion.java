package org.cxlens.importer.mapping;

import java.util.List;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;

/**
 * A suggested scale for a rating column, with the evidence it rests on.
 *
 * @param missingCodes column codes read as "no answer" (a 0 below a 1–5 item, a 6 above it, 99)
 * @param fromLabels   true when the values were answer labels rather than numbers
 * @param evidence     what the values showed, for the user to check
 * @param warnings     where the reading is in doubt
 * @param low          the lowest answer seen, codes left out (the scale's minimum for labels)
 * @param high         the highest answer seen, codes left out
 * @param labels       the column's answer labels, lowest first, when a label family was recognised; else empty
 */
public record ScaleSuggestion(Scale scale, List<String> missingCodes, boolean fromLabels, List<Message> evidence,
                              List<Message> warnings, double low, double high, List<String> labels) {

    public ScaleSuggestion {
        missingCodes = List.copyOf(missingCodes);
        labels = labels == null ? List.of() : List.copyOf(labels);
        evidence = List.copyOf(evidence);
        warnings = List.copyOf(warnings);
    }

    /** A scale taken as given (from the header, or a default), with no values to show for it. */
    public static ScaleSuggestion assumed(Scale scale, Message evidence) {
        return new ScaleSuggestion(scale, List.of(), false, List.of(evidence), List.of(), scale.low(), scale.high(), List.of());
    }

    public ScaleSuggestion withScale(Scale s, List<String> codes, Message why) {
        List<Message> more = new java.util.ArrayList<>(evidence);
        more.add(why);
        return new ScaleSuggestion(s, codes, fromLabels, more, warnings, low, high, labels);
    }

    public ScaleSuggestion withCodes(List<String> codes) {
        return new ScaleSuggestion(scale, codes, fromLabels, evidence, warnings, low, high, labels);
    }

    public ScaleSuggestion withWarning(Message warning) {
        List<Message> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ScaleSuggestion(scale, missingCodes, fromLabels, evidence, more, low, high, labels);
    }
}
