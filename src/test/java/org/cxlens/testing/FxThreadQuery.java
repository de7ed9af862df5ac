package org.cxlens.testing;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** A TestFX node query whose every step runs on the FX thread (see {@link FxLookup}). */
final class FxThreadQuery implements NodeQuery {

    private static final long TIMEOUT_SECONDS = 30;

    private final NodeQuery query;

    FxThreadQuery(NodeQuery query) {
        this.query = query;
    }

    @Override
    public NodeQuery from(Node... parents) {
        return new FxThreadQuery(onFx(() -> query.from(parents)));
    }

    @Override
    public NodeQuery from(Collection<Node> parents) {
        return new FxThreadQuery(onFx(() -> query.from(parents)));
    }

    @Override
    public NodeQuery lookup(String selector) {
        return new FxThreadQuery(onFx(() -> query.lookup(selector)));
    }

    @Override
    public <T> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> query.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> query.lookup(predicate)));
    }

    @Override
    public NodeQuery lookup(Function<Node, Set<Node>> function) {
        return new FxThreadQuery(onFx(() -> query.lookup(function)));
    }

    @Override
    public <T> NodeQuery match(Matcher<T> matcher) {
        return new FxThreadQuery(onFx(() -> query.match(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery match(Predicate<T> predicate) {
        return new FxThreadQuery(onFx(() -> query.match(predicate)));
    }

    @Override
    public NodeQuery nth(int index) {
        return new FxThreadQuery(onFx(() -> query.nth(index)));
    }

    @Override
    public <T extends Node> T query() {
        return onFx(query::<T>query);
    }

    @Override
    public <T extends Node> T queryAs(Class<T> type) {
        return onFx(() -> query.queryAs(type));
    }

    @Override
    public <T extends Node> Optional<T> tryQuery() {
        return onFx(query::<T>tryQuery);
    }

    @Override
    public <T extends Node> Optional<T> tryQueryAs(Class<T> type) {
        return onFx(() -> query.tryQueryAs(type));
    }

    @Override
    public <T extends Node> Set<T> queryAll() {
        return onFx(query::<T>queryAll);
    }

    @Override
    public <T extends Node> Set<T> queryAllAs(Class<T> type) {
        return onFx(() -> query.queryAllAs(type));
    }

    static <T> T onFx(Callable<T> step) {
        try {
            if (Platform.isFxApplicationThread()) {
                return step.call();
            }
            return WaitForAsyncUtils.asyncFx(step).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up nodes", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer a lookup in " + TIMEOUT_SECONDS + " s", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
