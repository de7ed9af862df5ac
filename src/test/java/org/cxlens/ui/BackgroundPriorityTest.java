package org.cxlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void aBackgroundThreadAndTheThreadsItStartsRunBelowTheOthers() throws Exception {
        int before = nice();
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread lowered = BackgroundPriority.daemonThread("lowered", () -> {
            try {
                CompletableFuture<Integer> child = new CompletableFuture<>();
                Thread started = new Thread(() -> child.complete(nice()));
                started.start();
                seen.complete(new int[] {Thread.currentThread().getPriority(), nice(), child.get(10, TimeUnit.SECONDS),
                        started.getPriority()});
            } catch (Exception | Error e) {
                seen.completeExceptionally(e);
            }
        });
        lowered.start();
        int[] got = seen.get(30, TimeUnit.SECONDS);

        assertTrue(lowered.isDaemon(), "a background thread never keeps the app alive");
        assertEquals("lowered", lowered.getName());

        assertEquals(Thread.MIN_PRIORITY, got[0], "Java priority of the lowered thread");
        assertEquals(Thread.MIN_PRIORITY, got[3], "Java priority of a thread it started");
        assumeTrue(System.getProperty("os.name").toLowerCase().startsWith("linux"), "nice values are Linux's");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "renice is installed");
        assumeTrue(before < BackgroundPriority.NICE, "the test runs above the background priority");
        assertTrue(got[1] >= BackgroundPriority.NICE, "nice value of the lowered thread: " + got[1]);
        assertEquals(got[1], got[2], "nice value of a thread it started");
        assertEquals(before, nice(), "the test's own thread is left alone");
    }

    /** The calling thread's nice value, field 19 of its stat line (counted after the name in brackets, which may hold spaces). */
    private static int nice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (IOException e) {
            return Integer.MIN_VALUE;
        }
    }
}
