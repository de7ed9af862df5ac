package org.cxlens.ui;

import java.util.ResourceBundle;
import org.cxlens.analysis.Filter;
import org.cxlens.workspace.OpenProject;

/**
 * The state of one page of an open project whose figures follow the window's filter. The window
 * asks for the figures only while the page is shown, and again when the project, the filter, the
 * language or one of the page's own choices (a grouping, a measure) changes; an answer that has
 * been overtaken by a newer request is never shown.
 *
 * <p>{@link #figures} runs on the FX thread and reads the page's choices there; the work it
 * returns runs off the FX thread and must not touch them.
 *
 * @param <T> the page's figures, an immutable value
 */
public abstract class PageModel<T> {

    private Runnable choicesChanged = () -> { };

    /** The work computing the page's figures for the filtered respondents, its words in the bundle's language. */
    public abstract Tasks.Work<T> figures(OpenProject project, Filter filter, ResourceBundle bundle);

    /** Shows figures computed by {@link #figures}; on the FX thread. */
    public abstract void show(T figures);

    /** Forgets the figures: the project was closed. */
    public abstract void clear();

    /** Called by the window: what to do when the page's own choices change. */
    public final void setOnChoicesChanged(Runnable action) {
        choicesChanged = action;
    }

    /** A choice of the page changed: the window computes its figures again. */
    protected final void choicesChanged() {
        choicesChanged.run();
    }
}
