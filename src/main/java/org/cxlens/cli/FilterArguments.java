package org.cxlens.cli;

import java.util.Collection;
import java.util.List;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;

/**
 * The commands' {@code --filter KEY=VALUE} arguments: parsed by the workspace's
 * {@link org.cxlens.workspace.FilterArguments}, which report files share, and described for
 * report headers here.
 */
final class FilterArguments {

    private FilterArguments() {
    }

    static Filter parse(List<String> arguments, SurveyData data) throws CxLensException {
        return org.cxlens.workspace.FilterArguments.parse(arguments, data);
    }

    /** The filter as the user wrote it, for report headers. */
    static Cell describe(List<String> arguments) {
        return arguments.isEmpty() ? Cell.phrase(Message.of("cli.filter.none")) : Cell.text(String.join("; ", arguments));
    }

    static SurveyData.Segment segment(SurveyData data, String name) throws CxLensException {
        return org.cxlens.workspace.FilterArguments.segment(data, name);
    }

    static String listed(Collection<String> known) {
        return org.cxlens.workspace.FilterArguments.listed(known);
    }
}
