package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.ProjectOpening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Errors on the command line: one sentence on stderr and a non-zero exit; a stack trace only with --debug. */
class CliErrorTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CxLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertOneSentence(Run r, String expected) {
        assertThat(r.exit()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(r.err()).isEqualTo(expected + System.lineSeparator());
        assertThat(r.err()).doesNotContain("at org.", "Exception");
    }

    private Path survey() throws Exception {
        return Files.writeString(dir.resolve("survey.csv"), "id,Website,Delivery\n1,8,7\n2,9,6\n3,4,10\n4,7,8\n");
    }

    @Test
    void missingSurveyFile() {
        Path missing = dir.resolve("weg.csv");

        Run r = run("import", missing.toString(), "--project", dir.resolve("p.cxlens").toString());

        assertOneSentence(r, "The file weg.csv does not exist (any more); choose the file again.");
        assertThat(dir.resolve("p.cxlens")).as("no project left behind").doesNotExist();
    }

    @Test
    void infoOnAFileThatIsNoProject() throws Exception {
        Path notes = Files.writeString(dir.resolve("notities.cxlens"), "boodschappen: melk, brood\n");
        byte[] before = Files.readAllBytes(notes);

        Run r = run("info", notes.toString());

        assertOneSentence(r, notes + " is not a CX Lens project.");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    }

    @Test
    void importIntoAFileThatIsNoProject() throws Exception {
        Path notes = Files.writeString(dir.resolve("notities.cxlens"), "boodschappen: melk, brood\n");

        Run r = run("import", survey().toString(), "--project", notes.toString());

        assertOneSentence(r, notes + " is not a CX Lens project.");
        assertThat(notes).hasContent("boodschappen: melk, brood");
    }

    @Test
    void badMappingJson() throws Exception {
        Path mapping = Files.writeString(dir.resolve("koppeling.json"), "{\"version\": 1, \"shape\": \"WIDE\", ");

        Run r = run("import", survey().toString(), "--project", dir.resolve("p.cxlens").toString(),
                "--mapping", mapping.toString());

        assertThat(r.exit()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(r.err()).startsWith("The mapping profile koppeling.json is not valid JSON for CX Lens: ")
                .doesNotContain("at org.", "at com.");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("p.cxlens")).doesNotExist();
    }

    @Test
    void debugShowsTheStackTrace() {
        Run r = run("info", dir.resolve("weg.cxlens").toString(), "--debug");

        assertThat(r.exit()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(r.err()).contains("CxLensException", "at org.cxlens.");
        assertThat(r.err().strip()).endsWith("The project file " + dir.resolve("weg.cxlens") + " does not exist.");
    }

    /** An import ends by keeping the overview's figures that its project now has, for the app's first opening (ADR 0010). */
    @Test
    void anImportKeepsTheOverviewOfTheProjectItLeaves() throws Exception {
        Path project = dir.resolve("p.cxlens");
        String file = survey().toString();

        Run first = run("import", file, "--project", project.toString());
        assertThat(first.out()).endsWith("Kept the overview's figures in the project: the app shows them as soon as it opens it."
                + System.lineSeparator());
        assertThat(storedRespondents(project)).isEqualTo(4L);

        assertThat(run("import", file, "--project", project.toString(), "--force").exit()).isZero();
        assertThat(storedRespondents(project)).as("the second import's figures, not the first's").isEqualTo(8L);
    }

    private static long storedRespondents(Path project) throws Exception {
        try (ProjectOpening opening = ProjectOpening.begin(project, true, OpeningTimes.NONE)) {
            return opening.storedOverview().orElseThrow().respondents();
        }
    }

    @Test
    void importTwiceIsRefusedThenForced() throws Exception {
        Path project = dir.resolve("p.cxlens");
        String file = survey().toString();
        assertThat(run("import", file, "--project", project.toString()).exit()).isZero();

        Run again = run("import", file, "--project", project.toString());
        Run forced = run("import", file, "--project", project.toString(), "--force");

        assertThat(again.exit()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(again.err()).startsWith("The file survey.csv was imported before (import 1,")
                .endsWith("add --force to import it again.\n")
                .doesNotContain("Import anyway");
        assertThat(again.err().lines().count()).isEqualTo(1);
        assertThat(forced.exit()).isZero();
        assertThat(forced.out()).startsWith("Imported survey.csv into " + project + " as import 2: 4 rows read, 4 respondents");
        List<String> info = new ArrayList<>(run("info", project.toString()).out().lines().toList());
        assertThat(info.get(1)).isEqualTo("  8 respondents, 2 touchpoints, 0 departments, 2 imports, 0 problems");
    }
}
