package org.cxlens.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop half of {@code cxlens bench ui}: runs the real app window on a project and times
 * its steps. The launcher supplies it, as the command line knows nothing of the desktop.
 */
@FunctionalInterface
public interface UiBench {

    /** Every timing taken, in any order: the app start once, the other steps once per run or more. */
    List<UiTiming> measure(Path project, int runs) throws Exception;
}
