package org.cxlens.testing;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/**
 * A click on the visible node a TestFX query finds (a CSS selector or a text), the query run on the
 * FX thread as {@link FxLookup} runs it: {@code FxRobot.clickOn(String)} walks the windows' child
 * lists from the test's thread while the FX thread may be changing them (a window putting its parts
 * in a pulse at a time), and such a walk ran past the end of a list in CI.
 */
public final class FxClick {

    private FxClick() {
    }

    /** How long a click waits for its node: a window puts some of its parts in over the pulses after it shows. */
    private static final long WAIT_MS = 10_000;

    public static void on(FxRobot robot, String query) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MS;
        Node node = FxLookup.lookup(query).match(Node::isVisible).query();
        while (node == null && System.currentTimeMillis() < end) {
            Thread.sleep(20);
            node = FxLookup.lookup(query).match(Node::isVisible).query();
        }
        if (node == null) {
            throw new AssertionError("No visible node for \"" + query + "\" within " + WAIT_MS + " ms");
        }
        robot.clickOn(node);
    }
}
