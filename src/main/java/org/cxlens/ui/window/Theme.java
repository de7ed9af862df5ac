package org.cxlens.ui.window;

import java.util.List;

/**
 * The light and the dark look. Dark is the light stylesheet with the neutral colours redefined
 * on top, so the class colours stay defined once and identical in both.
 */
public enum Theme {
    LIGHT(List.of("/org/cxlens/ui/theme-light.css", "/org/cxlens/ui/window/window.css")),
    DARK(List.of("/org/cxlens/ui/theme-light.css", "/org/cxlens/ui/theme-dark.css", "/org/cxlens/ui/window/window.css"));

    private final List<String> stylesheets;

    Theme(List<String> stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** Stylesheet URLs in the order they are applied. */
    public List<String> stylesheets() {
        return stylesheets.stream().map(s -> Theme.class.getResource(s).toExternalForm()).toList();
    }
}
