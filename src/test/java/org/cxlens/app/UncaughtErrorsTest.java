package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.cxlens.domain.Message;
import org.cxlens.workspace.ErrorLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * An error no code caught, on a background thread or the FX thread: one sentence shown on the FX
 * thread, the same error again right after it neither shown nor logged again.
 */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
    private final UncaughtErrors uncaught = new UncaughtErrors();

    UncaughtErrorsTest() {
        uncaught.showIn(sentence -> {
            onFxThread.add(Platform.isFxApplicationThread());
            shown.add(sentence.render());
        });
    }

    private void dieOnAThread(RuntimeException e) throws InterruptedException {
        dieOnAThread(e, uncaught);
    }

    private static void dieOnAThread(RuntimeException e, UncaughtErrors handler) throws InterruptedException {
        Thread t = new Thread(() -> {
            throw e;
        }, "cxlens-background-test");
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join();
    }

    private void waitForTheFxThread() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aBackgroundThreadsErrorIsOneSentenceOnTheFxThread() throws Exception {
        dieOnAThread(new IllegalStateException("stream closed"));
        waitForTheFxThread();

        assertThat(shown).containsExactly(Message.of("app.unexpected", "IllegalStateException: stream closed",
                Message.of("error.log.written", ErrorLog.file().toString())).render());
        assertThat(onFxThread).containsExactly(true);
    }

    @Test
    void theSameErrorAgainAtOnceIsShownOnce() throws Exception {
        dieOnAThread(new IllegalStateException("every frame"));
        dieOnAThread(new IllegalStateException("every frame"));
        dieOnAThread(new IllegalArgumentException("another one"));
        waitForTheFxThread();

        assertThat(shown).hasSize(2);
        assertThat(shown.get(1)).contains("IllegalArgumentException: another one");
    }

    /**
     * Before the window is up (JavaFX failing to start without a display, say) the sentence goes to
     * stderr at once: waiting for the FX thread to show it hung the app for ever.
     */
    @Test
    void anErrorBeforeTheWindowIsUpIsOneSentenceOnStderr() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            dieOnAThread(new UnsupportedOperationException("Unable to open DISPLAY"), new UncaughtErrors());
        } finally {
            System.setErr(before);
        }

        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(Message.of("app.unexpected",
                "UnsupportedOperationException: Unable to open DISPLAY",
                Message.of("error.log.written", ErrorLog.file().toString())).render());
    }
}
