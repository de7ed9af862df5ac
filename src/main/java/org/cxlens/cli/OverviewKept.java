package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.workspace.OpenProject;

/**
 * The overview's figures kept in a project a command changed, for the app's next opening of it
 * (ADR 0010), with one line saying so. The change stands either way: the figures need the whole
 * project in memory, which a heap that held the change (an import streams its rows) may not hold.
 */
final class OverviewKept {

    private OverviewKept() {
    }

    static void store(Path project, PrintWriter out) {
        try {
            if (OpenProject.storeOverviewOf(project)) {
                out.println(Message.of("cli.overview.stored").render());
            }
        } catch (CxLensException e) {
            out.println(Message.of("cli.overview.notStored", e.userMessage().render()).render());
        } catch (OutOfMemoryError e) {
            out.println(Message.of("cli.overview.noMemory", Runtime.getRuntime().maxMemory() >> 20).render());
        }
    }
}
