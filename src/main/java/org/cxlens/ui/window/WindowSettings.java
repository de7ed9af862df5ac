package org.cxlens.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the app remembers between runs.
 *
 * @param bounds null before the first run: the window then takes its default size, centred
 * @param recent most recent first
 */
public record WindowSettings(WindowBounds bounds, List<Path> recent, Locale language, Theme theme) {

    public WindowSettings {
        recent = List.copyOf(recent);
    }

    public WindowSettings withBounds(WindowBounds changed) {
        return new WindowSettings(changed, recent, language, theme);
    }
}
