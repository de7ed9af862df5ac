package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Shows a drawing in a holder once its parts are all in: the drawing sits hidden and unmanaged
 * beside what the holder shows while its parts go into it, one a pulse ({@link PieceByPulse}), so
 * each part's nodes are matched against the style sheets and styled in a pulse of their own; then
 * it takes the place of the holder's other children. A drawing whose nodes are first matched and
 * styled all in one pulse held the FX thread 65–85 ms as its page was first shown (the journey:
 * most of it matching node kinds this window had not styled before), and a drawing shown in parts
 * would move as the later parts took their room. FX thread only.
 */
public final class BuiltWhileHidden {

    private final Pane holder;
    private PieceByPulse building;
    private Node pending;

    /** Drawings shown in {@code holder}, which shows nothing else. */
    public BuiltWhileHidden(Pane holder) {
        this.holder = holder;
    }

    /**
     * Shows {@code drawing} once {@code parts} have put their nodes into it, the first now and the
     * rest a pulse each; {@code onShown} runs as it shows. Drops a drawing not shown yet.
     */
    public void show(Node drawing, List<Runnable> parts, Runnable onShown) {
        drop();
        drawing.setVisible(false);
        drawing.setManaged(false);
        holder.getChildren().add(drawing);
        pending = drawing;
        List<Runnable> pieces = new ArrayList<>(parts);
        pieces.add(() -> {
            pending = null;
            building = null;
            // Not setAll: the drawing would leave the scene and come back, and be matched and styled anew.
            holder.getChildren().removeIf(child -> child != drawing);
            drawing.setManaged(true);
            drawing.setVisible(true);
            onShown.run();
        });
        pieces.remove(0).run();
        Scene scene = holder.getScene();
        if (scene == null) {
            pieces.forEach(Runnable::run);
        } else {
            building = PieceByPulse.start(scene, pieces);
        }
    }

    /** Shows {@code node} (a message), or nothing when null, at once; drops a drawing not shown yet. */
    public void showNow(Node node) {
        drop();
        if (node == null) {
            holder.getChildren().clear();
        } else {
            holder.getChildren().setAll(node);
        }
    }

    private void drop() {
        if (building != null) {
            building.stop();
            building = null;
        }
        if (pending != null) {
            holder.getChildren().remove(pending);
            pending = null;
        }
    }
}
