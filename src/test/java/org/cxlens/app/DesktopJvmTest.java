package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way the desktop starts gives the JVM the desktop's options, and {@code bench ui} can time the window in such a JVM (ADR 0014). */
class DesktopJvmTest {

    @Test
    void theStartScriptsAndJavafxRunGiveTheDesktopItsOptions() throws Exception {
        for (String file : List.of("src/dist/cxlens", "src/dist/cxlens.cmd", "pom.xml")) {
            assertThat(Files.readString(Path.of(file))).as(file).contains(DesktopJvm.OPTIONS);
        }
    }

    @Test
    void aRerunJvmHasTheDesktopsOptionsAndHandsBackItsExitCode() throws Exception {
        assertThat(DesktopJvm.isThis()).as("this test's own JVM").isFalse();

        assertThat(DesktopJvm.rerun(ExitsWithWhetherDesktop.class, new String[] {"7"})).isEqualTo(7);
    }

    /** In the new JVM: exits with its argument when it has the desktop's options, else 1. */
    static final class ExitsWithWhetherDesktop {

        public static void main(String[] args) {
            System.exit(DesktopJvm.isThis() ? Integer.parseInt(args[0]) : 1);
        }
    }
}
