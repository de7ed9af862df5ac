package org.cxlens.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The desktop half of {@code cxlens bench ui}: runs the real app window on a project and times
 * its steps. The launcher supplies it, as the command line knows nothing of the desktop.
 */
@FunctionalInterface
public interface UiBench {

    /**
     * Every timing taken, in any order: the app start once, the other steps once per run or more.
     *
     * @param startPagePause how long the window stays on its painted start page before the first open
     */
    List<UiTiming> measure(Path project, int runs, Duration startPagePause) throws Exception;
}
