package org.cxlens.ui;

import java.util.function.Supplier;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;

/**
 * A chart mark that opens the respondents behind it from the keyboard as from the mouse: reached
 * with Tab, opened with Enter or Space, and read by a screen reader as a button named by its
 * tooltip's figures (made when the mark first gets focus, like the tooltip on first hover).
 */
public final class Drillable {

    private Drillable() {
    }

    public static void byKeyboard(Node mark, Supplier<String> description, Runnable open) {
        // JavaFX's own charts bind their bars' focus to the screen reader being active; ours are always reachable.
        mark.focusTraversableProperty().unbind();
        mark.setFocusTraversable(true);
        mark.setAccessibleRole(AccessibleRole.BUTTON);
        mark.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && mark.getAccessibleText() == null) {
                mark.setAccessibleText(description.get());
            }
        });
        mark.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
    }
}
