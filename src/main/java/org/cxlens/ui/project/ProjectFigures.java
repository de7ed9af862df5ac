package org.cxlens.ui.project;

import java.util.List;
import java.util.ResourceBundle;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ImportInfo;
import org.cxlens.workspace.CatalogueEntry;
import org.cxlens.workspace.OpenProject;

/**
 * What the Project page shows of an open project, read off the FX thread. The project is kept
 * to edit it and to read problems a page at a time.
 *
 * @param departments every owning department, for the picker, sorted
 */
public record ProjectFigures(OpenProject project, List<ImportInfo> imports, List<CatalogueEntry> catalogue,
                             List<String> departments, List<ChangeEntry> log, ResourceBundle bundle) {
}
