package org.cxlens.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as a user runs it: for a real heap limit, a real
 * SIGKILL, a real second process. Its stdout and stderr go to files beside {@code home}.
 */
final class CliChildProcess {

    private final Process process;
    private final Path out;
    private final Path err;

    private CliChildProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code cxlens args...} with {@code jvmOptions} (such as -Xmx16m) and the app folder
     * {@code home}, where its error log goes.
     */
    static CliChildProcess start(Path home, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dcxlens.home=" + home);
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.cxlens.Launcher");
        command.addAll(List.of(args));
        Files.createDirectories(home);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new CliChildProcess(p, out, err);
    }

    /** Runs {@code cxlens args...} to its end, at most a minute, with a heap limit such as -Xmx512m. */
    static CliChildProcess run(Path home, String heap, String... args) throws IOException, InterruptedException {
        CliChildProcess child = start(home, List.of(heap), args);
        child.exitCode(60);
        return child;
    }

    Process process() {
        return process;
    }

    /** Waits for the exit, at most {@code seconds}, and returns its code; a child still running then is killed. */
    int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    /** SIGKILL on Linux and macOS: no shutdown hook, no finally block, no rollback runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
