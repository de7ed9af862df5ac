package org.cxlens.ui.window;

import java.nio.file.Path;

/** What the menus ask of the stage around the window: choosers and dialogs. */
interface WindowActions {

    void chooseAndOpen();

    void chooseAndSaveCopy();

    void showAbout();

    /** Opens the import wizard, on {@code file} when one was dropped (else null), into the open project or a new one. */
    void startImport(Path file, boolean anotherWave);
}
