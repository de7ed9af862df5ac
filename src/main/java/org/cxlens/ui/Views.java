package org.cxlens.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view named after its class, with the resource bundle and a controller built by
 * the caller (constructor injection instead of a DI framework).
 */
public final class Views {

    private Views() {
    }

    public static Parent load(Class<?> viewClass, ResourceBundle bundle, Function<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(viewClass.getResource(viewClass.getSimpleName() + ".fxml"), bundle);
        loader.setControllerFactory(controllers::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + viewClass.getSimpleName(), e);
        }
    }
}
