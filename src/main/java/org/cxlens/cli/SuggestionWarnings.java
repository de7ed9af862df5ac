package org.cxlens.cli;

import java.io.PrintWriter;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Suggestion;

/** What a suggestion assumed and where it is in doubt, for the person at the terminal. */
final class SuggestionWarnings {

    private SuggestionWarnings() {
    }

    static void print(Suggestion suggestion, PrintWriter err) {
        if (suggestion.allWarnings().isEmpty()) {
            return;
        }
        err.println(Message.of("cli.suggest.warnings", suggestion.allWarnings().size()).render());
        for (Message w : suggestion.allWarnings()) {
            err.println("  ! " + w.render());
        }
        err.flush();
    }

    /** The roles and scales an import without a mapping took on trust, then the warnings. */
    static void printAssumptions(Suggestion suggestion, PrintWriter out) {
        out.println(Message.of("cli.import.assumptions").render());
        for (ColumnMapping c : suggestion.mapping().columns()) {
            if (!analysed(c.role())) {
                continue;
            }
            String scale = c.scale() == null ? "" : " " + c.scale().label();
            String codes = c.missingCodes().isEmpty() ? ""
                    : " " + Message.of("cli.import.codes", String.join(", ", c.missingCodes())).render();
            String touchpoint = c.touchpoint() == null ? "" : " “" + c.touchpoint() + "”";
            out.println("  " + c.column().strip() + ": " + Message.of("role." + c.role().name()).render() + touchpoint
                    + scale + codes);
        }
        for (Message w : suggestion.allWarnings()) {
            out.println("  ! " + w.render());
        }
    }

    private static boolean analysed(ColumnRole role) {
        return switch (role) {
            case TOUCHPOINT_SCORE, TOUCHPOINT_EXPECTATION, OVERALL_SATISFACTION, OVERALL_EXPECTATION, RECOMMEND,
                    WEIGHT, RESPONDENT_ID, DEPARTMENT, WAVE, DATE -> true;
            default -> false;
        };
    }
}
