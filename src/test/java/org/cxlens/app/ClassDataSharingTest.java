package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start scripts and {@code bench ui} start the app with the same archive options, and only an archive that reads back whole is kept (ADR 0011). */
class ClassDataSharingTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    @Test
    void bothStartScriptsGiveTheJvmTheOptionsTheBenchmarkUses() throws Exception {
        for (String script : List.of("src/dist/cxlens", "src/dist/cxlens.cmd")) {
            String text = Files.readString(Path.of(script));
            assertThat(text).as(script).contains(String.join(" ", ClassDataSharing.QUIET))
                    .contains("-XX:ArchiveClassesAtExit=").contains("-XX:SharedArchiveFile=")
                    .contains("-XX:+PrintSharedArchiveAndExit").contains(ClassDataSharing.VALID);
        }
        assertThat(ClassDataSharing.writing(Path.of("a.jsa"))).containsAll(ClassDataSharing.QUIET)
                .contains("-XX:ArchiveClassesAtExit=a.jsa");
        assertThat(ClassDataSharing.reading(Path.of("a.jsa"))).containsAll(ClassDataSharing.QUIET)
                .contains("-XX:SharedArchiveFile=a.jsa");
    }

    @Test
    void anArchiveReadsBackWholeButNotCutOff() throws Exception {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path archive = dir.resolve("whole.jsa");
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(ClassDataSharing.writing(archive));
        command.addAll(List.of("-cp", classes.toString(), "-XshowSettings:properties", "-version"));
        Process written = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(written.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path cutOff = dir.resolve("cut-off.jsa");
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(cutOff, Arrays.copyOf(bytes, bytes.length / 3));

        assertThat(ClassDataSharing.readsBack(JAVA, classes.toString(), archive)).isTrue();
        assertThat(ClassDataSharing.readsBack(JAVA, classes.toString(), cutOff)).isFalse();
        assertThat(ClassDataSharing.readsBack(JAVA, classes.toString(), dir.resolve("missing.jsa"))).isFalse();
    }
}
