package org.cxlens.ui.start;

import java.nio.file.Path;

/** What the start page's buttons ask of the window around it. */
public interface StartActions {

    /** Lets the user choose a project file and opens it. */
    void chooseAndOpen();

    void openDemo();

    /** Starts the import wizard for a new project. */
    void newFromSurvey();

    void open(Path file);
}
