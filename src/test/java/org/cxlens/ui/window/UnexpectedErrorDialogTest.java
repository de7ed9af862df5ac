package org.cxlens.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cxlens.app.TestProjects;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.ErrorLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's side of "no raw trace": an error nobody foresaw, running out of memory included, is one
 * sentence in the problem dialog naming the error log, which holds the trace. The work fails the
 * way a JavaFX Task hands its failure on, an {@link Error} included.
 */
class UnexpectedErrorDialogTest {

    private MainWindowViewModel model;

    /** Every piece of work fails with {@code failure}, as a background task that threw it reports it. */
    private MainWindowViewModel failingWith(Throwable failure) {
        TaskRunner failing = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                onError.accept(failure);
            }
        };
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsStore() {
            @Override
            public WindowSettings load() {
                return new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT);
            }

            @Override
            public void save(WindowSettings settings) {
            }
        }, failing);
        return model;
    }

    @AfterEach
    void shutDown() {
        model.shutdown();
    }

    @Test
    void runningOutOfMemoryWhileOpeningIsOneSentenceNamingTheLog() throws Exception {
        failingWith(new OutOfMemoryError("Java heap space")).open(Path.of("big.cxlens"));

        Problem problem = model.problemProperty().get();
        assertThat(problem.heading()).isEqualTo("Could not open big.cxlens");
        assertThat(problem.cause()).isEqualTo("CX Lens ran out of memory (Java may use at most "
                + String.format("%,d", ErrorLog.maxHeapMb()) + " MB); close other projects or programs and try again; "
                + "the full trace is in " + ErrorLog.file() + ".");
        assertThat(Files.readString(ErrorLog.file())).contains("java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void aBugIsItsKindAndFirstLineNeverATrace() {
        failingWith(new IllegalStateException("no slot for touchpoint 7\n\tat somewhere")).openDemo();

        assertThat(model.problemProperty().get().cause()).isEqualTo("Something unexpected went wrong "
                + "(IllegalStateException: no slot for touchpoint 7); the full trace is in " + ErrorLog.file() + ".");
    }

    @Test
    void anUncaughtErrorGetsAPlainHeading() {
        failingWith(new IllegalStateException("unused"));

        model.showUnexpected(UnexpectedError.logged(new NullPointerException()));

        assertThat(model.problemProperty().get()).isEqualTo(new Problem("Unexpected error",
                "Something unexpected went wrong (NullPointerException); the full trace is in " + ErrorLog.file() + "."));
    }
}
