package org.cxlens.app;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.window.ProjectPages;
import org.cxlens.workspace.OverviewFigures;

/** The window's demo project (in the app folder) and the overview's words, made from the workspace's figures. */
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
    public OverviewData overview(String projectName, OverviewFigures figures, ResourceBundle bundle) {
        return new OverviewLoader(bundle).overview(projectName, figures);
    }
}
