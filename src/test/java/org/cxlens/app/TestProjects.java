package org.cxlens.app;

import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.ui.window.ProjectPages;

/** The demo project, made once per build under target/, and the app's page figures, for UI tests. */
public final class TestProjects {

    private static final Path FOLDER = Path.of("target", "test-demo").toAbsolutePath();

    private TestProjects() {
    }

    public static synchronized Path demo() throws CxLensException {
        return DemoProject.ensure(FOLDER, Progress.NONE);
    }

    /** The app's own {@link ProjectPages}, its demo project the one of {@link #demo()}. */
    public static ProjectPages pages() {
        return new AppProjectPages(FOLDER);
    }
}
