package org.cxlens.workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import org.cxlens.domain.Message;

/**
 * The one file where both front ends put the full trace of an unexpected error ({@code errors.log}
 * in {@link AppHome}), so a user reads one sentence naming it and whoever helps them reads the
 * trace. An {@link OutOfMemoryError} must still get its trace and sentence written: a reserve of
 * heap, taken when a front end starts, is given up before anything else is done.
 */
public final class ErrorLog {

    /** Enough heap for a trace, a sentence and the file's buffers once a full heap has been given back. */
    private static final int RESERVE_BYTES = 2 << 20;
    /** A log past this size is moved aside (one older log kept): a machine that keeps failing does not fill its disk. */
    static final long ROLL_OVER_BYTES = 1 << 20;
    /** The longest error description shown in a sentence; the log has the rest. */
    private static final int SUMMARY_CHARS = 160;

    private static volatile byte[] reserve;

    /** Where the trace was written, or why it could not be. */
    public record Entry(Path file, String failure) {

        public boolean written() {
            return failure == null;
        }

        /** "the full trace is in F" or "its trace could not be written to F (reason)", a phrase of a sentence. */
        public Message where() {
            return written() ? Message.of("error.log.written", file.toString())
                    : Message.of("error.log.unwritten", file.toString(), failure);
        }
    }

    private ErrorLog() {
    }

    /**
     * Sets the heap reserve aside: a front end calls it when it starts, and the app again once it
     * has shown an error that used it. A heap still too full for it leaves the next error without one.
     */
    public static void reserve() {
        try {
            if (reserve == null) {
                reserve = new byte[RESERVE_BYTES];
            }
        } catch (OutOfMemoryError stillFull) {
            // The next error goes without a reserve; the one just shown was written.
        }
    }

    public static Path file() {
        return AppHome.folder().resolve("errors.log");
    }

    /**
     * Appends the trace of {@code error}, with the time and what was being done, to the log. Running
     * out of memory gives the reserve back first; call {@link #reserve()} once the sentence is shown.
     */
    public static synchronized Entry write(String doing, Throwable error) {
        if (outOfMemory(error)) {
            reserve = null;
        }
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > ROLL_OVER_BYTES) {
                Files.move(file, file.resolveSibling("errors.old.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND); PrintWriter out = new PrintWriter(w)) {
                out.println("---- " + OffsetDateTime.now() + " " + doing + " (thread " + Thread.currentThread().getName()
                        + ", Java " + System.getProperty("java.version") + ", max heap " + maxHeapMb() + " MB)");
                error.printStackTrace(out);
                if (out.checkError()) {
                    throw new IOException("write failed");
                }
            }
            return new Entry(file, null);
        } catch (IOException | RuntimeException e) {
            return new Entry(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Whether the error, or anything that caused it, is the heap running out. */
    public static boolean outOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error in one short line: the innermost cause's kind and the first line of its message
     * ("IllegalStateException: the writer stopped"); wrappers add nothing a user can read.
     */
    public static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName();
        if (message != null && !message.isBlank()) {
            String first = message.strip().lines().findFirst().orElse("");
            text += ": " + (first.length() > SUMMARY_CHARS ? first.substring(0, SUMMARY_CHARS) + "…" : first);
        }
        return text;
    }

    /** The heap Java may use, in MB, as a sentence about running out of memory names it. */
    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
