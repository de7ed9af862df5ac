package org.cxlens.storage;

import java.util.List;
import org.cxlens.domain.ImportInfo;

/** What a project holds, for the project overview and the CLI's summary command. */
public record ProjectSummary(long respondents, int touchpoints, int departments, long problems,
                             List<ImportInfo> imports) {

    public ProjectSummary {
        imports = List.copyOf(imports);
    }

    public int importCount() {
        return imports.size();
    }
}
