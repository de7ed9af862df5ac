package org.cxlens.app;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.cxlens.domain.Message;

/** The desktop app. */
public final class CxLensApp extends Application {

    @Override
    public void start(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.getDefault());
        stage.setTitle(bundle.getString("app.title"));
        stage.setScene(new Scene(new BorderPane(new Label(bundle.getString("app.title"))), 1200, 800));
        stage.show();
    }
}
