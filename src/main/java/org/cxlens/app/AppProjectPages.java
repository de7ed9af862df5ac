package org.cxlens.app;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.storage.ProjectSummary;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.window.ProjectPages;
import org.cxlens.workspace.OpenProject;

/**
 * The window's demo project (in the app folder) and page figures, computed by the workspace.
 * The open project's summary is read from the file once, not again on every filter change.
 */
final class AppProjectPages implements ProjectPages {

    private final Path folder;
    // Weak: a closed project's data must not stay in memory for the sake of its summary.
    private WeakReference<OpenProject> summarised = new WeakReference<>(null);
    private ProjectSummary summary;

    AppProjectPages(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path demoProject(Progress progress) throws CxLensException {
        return DemoProject.ensure(folder, progress);
    }

    @Override
    public OverviewData overview(OpenProject project, Filter filter, ResourceBundle bundle) throws CxLensException {
        return new OverviewLoader(bundle).overview(project, summary(project), filter);
    }

    private synchronized ProjectSummary summary(OpenProject project) throws CxLensException {
        if (project != summarised.get()) {
            summary = project.summary();
            summarised = new WeakReference<>(project);
        }
        return summary;
    }
}
