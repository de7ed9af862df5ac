package org.cxlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Puts the calling thread, and the threads it starts from then on, below the FX thread in the
 * operating system's scheduling, so that on a machine with few cores the window's frames come
 * first and the background work takes what they leave (ADR 0015). Java's lowest priority does
 * that on Windows and macOS; on Linux the JVM ignores Java priorities (unless started with an
 * option that needs root), so the thread's nice value is raised with {@code renice}, which any
 * user may do to its own threads, and which the threads it starts inherit. Where that fails (no
 * {@code renice}, no {@code /proc}) the thread keeps its priority: only the frames may suffer.
 * For the desktop's own threads; a command-line run has no frames to give way to.
 */
public final class BackgroundPriority {

    /** Linux's nice value for background threads: with one beside it on a core, the FX thread gets about 90 % of it. */
    static final int NICE = 10;
    private static final long RENICE_TIMEOUT_SECONDS = 5;
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase().startsWith("linux");

    private BackgroundPriority() {
    }

    /**
     * A daemon thread named {@code name}, not yet started, that lowers itself before {@code work}:
     * for background work the desktop starts, which must never keep the app alive.
     */
    public static Thread daemonThread(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            lowerThisThread();
            work.run();
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Lowers the calling thread's priority: first thing in a {@link #daemonThread}. */
    private static void lowerThisThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!LINUX) {
            return;
        }
        try {
            // "/proc/thread-self" names the calling thread's own entry: "<process>/task/<thread>".
            String thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", thread).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(RENICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No renice or no /proc: the thread keeps the FX thread's priority, as before.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
