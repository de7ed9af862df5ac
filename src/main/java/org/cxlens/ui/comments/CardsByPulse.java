package org.cxlens.ui.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.cxlens.ui.PieceByPulse;

/**
 * Lets the comment cells show their cards a few a pulse, those in view first, top first ({@link
 * PieceByPulse}): a card is a few dozen nodes (its text, class, meta line and a chip per
 * touchpoint), and a screenful of them, made, styled and laid out in one pulse, held the FX thread
 * 50–75 ms as the page was first shown or a page of comments arrived. A cell waiting for its turn
 * shows "…". Once the cells of a new list have all shown theirs, a cell whose comment is at hand
 * shows its card at once, as scrolling needs; a cell whose comment arrives later still waits its
 * turn. FX thread only.
 */
final class CardsByPulse {

    /** Cards shown in one pulse: three of them took 10–20 ms. */
    private static final int PER_PULSE = 3;
    private static final Comparator<CommentCell> SHOWN_FIRST = Comparator
            .comparing((CommentCell cell) -> !cell.isVisible())
            .thenComparingInt(CommentCell::getIndex);

    private final Node list;
    private final List<CommentCell> waiting = new ArrayList<>();
    /** Whether the list is new: every card waits its turn until they have all been shown. */
    private boolean newList = true;
    private PieceByPulse next;

    CardsByPulse(Node list) {
        this.list = list;
    }

    /** A new list: its cells' cards come a few a pulse again. */
    void newList() {
        newList = true;
    }

    /** Whether a cell whose comment is at hand must wait its turn to show it; if so, its turn will come. */
    boolean mustWait(CommentCell cell) {
        if (!newList || list.getScene() == null) {
            return false;
        }
        queue(cell);
        return true;
    }

    /** A cell whose comment arrived: it shows it when its turn comes. */
    void queue(CommentCell cell) {
        if (!waiting.contains(cell)) {
            waiting.add(cell);
        }
        if (next == null) {
            Scene scene = list.getScene();
            if (scene == null) {
                // Nothing styles a list out of view: its cells may as well show their cards now.
                showSome(waiting.size());
            } else {
                next = PieceByPulse.start(scene, List.of(() -> {
                    next = null;
                    showSome(PER_PULSE);
                }));
            }
        }
    }

    private void showSome(int cards) {
        waiting.sort(SHOWN_FIRST);
        List<CommentCell> now = new ArrayList<>(waiting.subList(0, Math.min(cards, waiting.size())));
        waiting.removeAll(now);
        now.forEach(CommentCell::showCard);
        if (waiting.isEmpty()) {
            newList = false;
        } else if (next == null) {
            queue(waiting.get(0));
        }
    }
}
