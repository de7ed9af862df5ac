package org.cxlens.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options with which the start scripts beside {@code cxlens.jar} ({@code src/dist/cxlens},
 * {@code cxlens.cmd}) start the app with a class-data-sharing archive, and their check that a
 * written archive reads back (ADR 0011); {@code bench ui} starts the app with the same options.
 * The scripts cannot call Java for them, so a test holds both to the same words.
 */
final class ClassDataSharing {

    /** The JVM's own words about the archive (classes it skips, an archive that does not fit) are not for the user. */
    static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");
    /** What the JVM prints of an archive that fits this runtime and class path. */
    static final String VALID = "archive is valid";
    private static final long CHECK_SECONDS = 60;

    private ClassDataSharing() {
    }

    /** The first start: the JVM writes the classes it loaded to {@code archive} as it ends. */
    static List<String> writing(Path archive) {
        return with("-XX:ArchiveClassesAtExit=" + archive);
    }

    /** Every later start: the classes mapped from {@code archive}; one that does not fit is left unused. */
    static List<String> reading(Path archive) {
        return with("-XX:SharedArchiveFile=" + archive);
    }

    /**
     * Whether {@code archive} was written whole and fits {@code java} and {@code classPath}: a file
     * cut off while written makes the JVM that maps it crash, so the scripts only keep one that reads back.
     */
    static boolean readsBack(Path java, String classPath, Path archive) throws IOException, InterruptedException {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(reading(archive));
        command.addAll(List.of("-XX:+PrintSharedArchiveAndExit", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + archive.resolveSibling(archive.getFileName() + ".crash.log"), "-cp", classPath,
                "-version"));
        Process check = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Read while it runs: the JVM lists every archived class before its verdict.
        String printed = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            return false;
        }
        return check.exitValue() == 0 && printed.contains(VALID);
    }

    private static List<String> with(String archiveOption) {
        List<String> options = new ArrayList<>(QUIET);
        options.add(archiveOption);
        return options;
    }
}
