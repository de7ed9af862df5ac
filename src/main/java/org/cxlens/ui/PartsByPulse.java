package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Puts the parts of a pane (a page's rows, or its sections) into it a few a pulse ({@link
 * PieceByPulse}), the first few at once: a page of bars, badges and marks, all made, styled and laid
 * out in one pulse, held the FX thread up to 180 ms as it was first shown. Each new part takes the
 * place of the part at its index, and the parts past the new ones go with the last few, so a redraw
 * shows the old rows until their new ones come, never an empty page. A pane in no scene yet gets
 * the rest of its parts once it joins one: until then nothing would style them.
 */
public final class PartsByPulse {

    private final Pane pane;
    private final int perPulse;
    /** The pieces of a show whose pane was in no scene yet, kept until it joins one. */
    private List<Runnable> unstarted = List.of();
    private PieceByPulse putting;
    private final ChangeListener<Scene> joined = (obs, old, scene) -> startWhenShown();

    /** Parts for the children of {@code pane}, {@code perPulse} of them a pulse. */
    public PartsByPulse(Pane pane, int perPulse) {
        this.pane = pane;
        this.perPulse = perPulse;
    }

    /** Shows the parts {@code rows} make, in order, in place of the pane's children; drops those of a show not finished. */
    public void show(List<Supplier<Node>> rows) {
        drop();
        List<Integer> indices = IntStream.range(0, rows.size()).boxed().toList();
        List<Runnable> pieces = new ArrayList<>(PieceByPulse.inBatches(indices, perPulse,
                some -> some.forEach(i -> put(i, rows.get(i).get()))));
        Runnable dropRest = () -> {
            if (pane.getChildren().size() > rows.size()) {
                pane.getChildren().remove(rows.size(), pane.getChildren().size());
            }
        };
        if (pieces.isEmpty()) {
            pieces.add(dropRest);
        } else {
            pieces.set(pieces.size() - 1, andThen(pieces.get(pieces.size() - 1), dropRest));
        }
        pieces.remove(0).run();
        unstarted = pieces;
        startWhenShown();
    }

    /**
     * Starts the pieces once the pane is in a scene: a scroll pane's content joins it only with
     * the scroll pane's skin, made as the page is first styled.
     */
    private void startWhenShown() {
        if (unstarted.isEmpty()) {
            return;
        }
        if (pane.getScene() == null) {
            pane.sceneProperty().removeListener(joined);
            pane.sceneProperty().addListener(joined);
            return;
        }
        pane.sceneProperty().removeListener(joined);
        putting = PieceByPulse.start(pane.getScene(), unstarted);
        unstarted = List.of();
    }

    private void drop() {
        if (putting != null) {
            putting.stop();
            putting = null;
        }
        unstarted = List.of();
        pane.sceneProperty().removeListener(joined);
    }

    private void put(int index, Node row) {
        if (index < pane.getChildren().size()) {
            pane.getChildren().set(index, row);
        } else {
            pane.getChildren().add(row);
        }
    }

    private static Runnable andThen(Runnable first, Runnable then) {
        return () -> {
            first.run();
            then.run();
        };
    }
}
