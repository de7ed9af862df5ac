package org.cxlens.ui.window;

/** Keeps {@link WindowSettings} between runs; the app decides where. */
public interface SettingsStore {

    WindowSettings load();

    void save(WindowSettings settings);
}
