package org.cxlens.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the desktop app runs with, beyond those of every start (ADR 0014): the client
 * compiler only. The start scripts and {@code javafx:run} give them to a desktop start (a test holds
 * them to the same words), {@code bench ui} times the window in a JVM that has them, and the start
 * benchmark gives them to the JVMs it starts.
 */
public final class DesktopJvm {

    /**
     * C1 only: on two cores the optimising compiler took a core for itself through the first seconds
     * of the app, and the FX thread's frames waited for it (ADR 0014).
     */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private DesktopJvm() {
    }

    /** Whether this JVM was started with the desktop's options. */
    public static boolean isThis() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(OPTIONS);
    }

    /**
     * Runs {@code mainClass} with {@code args} in a new JVM that has this one's options and class path
     * and the desktop's options, its output this one's; returns its exit code.
     */
    public static int rerun(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** This JVM's own {@code java} executable, for the JVMs it starts. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
