package org.cxlens.cli;

import java.util.Locale;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;

/**
 * The {@code --outcome} of drivers and priorities: {@code delighted}, {@code recommend},
 * {@code overall}, or {@code COLUMN=VALUE} for a binary outcome kept as a respondent attribute
 * (1 where the column holds VALUE, 0 where it holds another value, missing where empty).
 */
final class OutcomeArgument {

    static final String DEFAULT = "delighted";

    private OutcomeArgument() {
    }

    static DriverOutcome parse(String argument, SurveyData data) throws CxLensException {
        String text = argument.trim();
        int equals = text.indexOf('=');
        if (equals < 0) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "delighted" -> DriverOutcome.DELIGHT;
                case "recommend" -> DriverOutcome.RECOMMEND;
                case "overall" -> DriverOutcome.OVERALL;
                default -> throw new CxLensException(Message.of("cli.outcome.unknown", argument));
            };
        }
        String column = text.substring(0, equals).trim();
        String value = text.substring(equals + 1).trim();
        if (column.isEmpty() || value.isEmpty()) {
            throw new CxLensException(Message.of("cli.outcome.unknown", argument));
        }
        SurveyData.Segment attribute = data.segments().stream()
                .filter(s -> s.name().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow(() -> new CxLensException(Message.of("cli.outcome.unknownColumn", column,
                        FilterArguments.listed(data.segments().stream().map(SurveyData.Segment::name).toList()))));
        String known = attribute.column().values().stream().filter(v -> v.equals(value)).findFirst()
                .or(() -> attribute.column().values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst())
                .orElseThrow(() -> new CxLensException(Message.of("cli.outcome.unknownValue", attribute.name(), value,
                        FilterArguments.listed(attribute.column().values()))));
        return DriverOutcome.attribute(attribute.name(), known);
    }

    /** "delighted", "recommend", "overall" or "attribute": the key part of titles and outcome names. */
    static String key(DriverOutcome outcome) {
        return switch (outcome.kind()) {
            case DELIGHT -> "delighted";
            case RECOMMEND -> "recommend";
            case OVERALL -> "overall";
            case ATTRIBUTE -> "attribute";
        };
    }
}
