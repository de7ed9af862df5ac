package org.cxlens.ui.window;

import java.nio.file.Path;
import org.cxlens.ui.ChartPicture;

/** What the menus ask of the stage around the window: choosers and dialogs. */
interface WindowActions {

    void chooseAndOpen();

    void chooseAndSaveCopy();

    /** File → Save as report…: the dialog, then the report saved off the FX thread. */
    void chooseAndSaveReport();

    void showAbout();

    /** "Save chart as PNG…" on a page's chart: size and file, then the picture written off the FX thread. */
    void saveChartPicture(ChartPicture.Request request);

    /** Opens the import wizard, on {@code file} when one was dropped (else null), into the open project or a new one. */
    void startImport(Path file, boolean anotherWave);
}
