package org.cxlens.testing;

import java.util.Collection;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;

/**
 * TestFX's node lookups, run on the FX thread. A lookup from the test's thread walks child lists
 * the FX thread may be changing meanwhile (the window builds pages ahead, a pulse at a time, and
 * wizard steps fill themselves frame by frame): such a walk once ran past the end of a list in CI.
 * Every step of these queries, from finding the windows to the result, runs on the FX thread;
 * called on the FX thread, at once.
 */
public final class FxLookup {

    private FxLookup() {
    }

    /** The nodes of every window's scene that match the CSS selector. */
    public static NodeQuery lookup(String selector) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> new FxRobot().lookup(selector)));
    }

    public static NodeQuery from(Node... parents) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> new FxRobot().from(parents)));
    }

    public static NodeQuery from(Collection<Node> parents) {
        return new FxThreadQuery(FxThreadQuery.onFx(() -> new FxRobot().from(parents)));
    }
}
