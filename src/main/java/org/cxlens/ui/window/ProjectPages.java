package org.cxlens.ui.window;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OverviewFigures;

/**
 * What the window needs from the composition root: the demo project and the figures of each
 * page of an open project. Called off the FX thread.
 */
public interface ProjectPages {

    /** The demo project's file, made first if it does not exist yet. */
    Path demoProject(Progress progress) throws CxLensException;

    /** The overview page of these figures (computed now or stored by an earlier opening), its words in the bundle's language. */
    OverviewData overview(String projectName, OverviewFigures figures, ResourceBundle bundle);

    /** The overview page's figures for the filtered respondents, its words in the bundle's language. */
    default OverviewData overview(OpenProject project, Filter filter, ResourceBundle bundle) throws CxLensException {
        return overview(project.name(), project.overviewFigures(filter), bundle);
    }
}
