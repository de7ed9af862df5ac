package org.cxlens.ui;

import javafx.application.Platform;
import javafx.scene.control.Control;

/**
 * Has the FX thread make a native window and close it unshown while the app's window is still
 * being built on another thread: the first native window of a process sets up the windowing
 * toolkit's own state (profiled under GTK, 20–30 ms on the FX thread, half of the frame that
 * shows the window); the window the user sees then is the second and is made in a few
 * milliseconds. The window is never mapped, so nothing appears on screen. Done through JavaFX's
 * windowing layer, which is not public API: where it cannot be reached (JavaFX on the module
 * path, another JavaFX), nothing is done and the first window shown pays the cost, as before.
 */
public final class NativeWindowWarmUp {

    private static final String GLASS = "com.sun.glass.ui.";

    private NativeWindowWarmUp() {
    }

    /** On any thread once JavaFX has started, before the first window shows. */
    public static void start() {
        Platform.runLater(NativeWindowWarmUp::makeAndClose);
    }

    private static void makeAndClose() {
        try {
            ClassLoader loader = Control.class.getClassLoader();
            Class<?> application = Class.forName(GLASS + "Application", true, loader);
            Class<?> screen = Class.forName(GLASS + "Screen", true, loader);
            Class<?> window = Class.forName(GLASS + "Window", true, loader);
            Object toolkit = application.getMethod("GetApplication").invoke(null);
            Object mainScreen = screen.getMethod("getMainScreen").invoke(null);
            Object made = application.getMethod("createWindow", window, screen, int.class)
                    .invoke(toolkit, null, mainScreen, window.getField("TITLED").getInt(null));
            window.getMethod("close").invoke(made);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Only a warm-up: the window shown makes the toolkit's first native window, as before.
        }
    }
}
