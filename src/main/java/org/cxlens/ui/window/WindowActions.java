package org.cxlens.ui.window;

/** What the menus ask of the stage around the window: choosers and dialogs. */
interface WindowActions {

    void chooseAndOpen();

    void chooseAndSaveCopy();

    void showAbout();
}
