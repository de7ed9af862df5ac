package org.cxlens.app;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.ui.OverviewData;
import org.cxlens.ui.window.ProjectPages;
import org.cxlens.workspace.OpenProject;

/** The window's demo project (in the app folder) and page figures, computed by the workspace. */
final class AppProjectPages implements ProjectPages {

    private final Path folder;

    AppProjectPages(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path demoProject(Progress progress) throws CxLensException {
        return DemoProject.ensure(folder, progress);
    }

    @Override
    public OverviewData overview(OpenProject project, Filter filter, ResourceBundle bundle) throws CxLensException {
        return new OverviewLoader(bundle).overview(project, filter);
    }
}
