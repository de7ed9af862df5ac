package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real commands with the default locale switched to Dutch: Dutch words and Dutch numbers for
 * people, and CSV and JSON byte for byte as in English. Figures of {@link HandProject} as counted
 * in {@link AnalysisCommandsTest}.
 */
class DutchOutputTest {

    private static final Locale DUTCH = new Locale("nl", "NL");

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void importProject() throws Exception {
        project = HandProject.create(dir);
    }

    @Test
    void summaryTableIsDutchWithDecimalCommas() {
        CliRun run = inDutch(() -> CliRun.of("summary", project.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Samenvatting per contactmoment (ervaringen per contactmoment)\n")
                .containsPattern("Filter:\\s+geen \\(alle respondenten\\)")
                .containsPattern("Indeling:\\s+enthousiast vanaf 85 %, tevreden vanaf 65 %, herstel nodig onder 35 %")
                .containsPattern("Geselecteerde respondenten:\\s+41")
                .containsPattern("Ingedeeld op algemene tevredenheid:\\s+32")
                .containsPattern("Respondenten enthousiast %:\\s+31,7")
                .containsPattern("NPS:\\s+12,5")
                .containsPattern("Contactmoment\\s+Afdeling\\s+n\\s+onverschillig %\\s+95 %-BI\\s+tevreden %")
                .contains("lage basis", "t.o.v. rest: E+ / T+ / O+ = aandeel enthousiast / tevreden / onverschillig")
                .doesNotContain("cli.", "Summary", "delighted");
        // Website: 24.4 % indifferent, 48.8 % satisfied, 26.8 % delighted (15.7–41.9), mean 7.07, top box 2.4 %.
        assertThat(run.out()).containsPattern(
                "Website\\s+Marketing\\s+41\\s+24,4\\s+\\S+\\s+48,8\\s+\\S+\\s+26,8\\s+15,7–41,9\\s+7,07\\s+2,4\\s");
        // Delivery's 56.8 % delighted is significantly above the rest: D+ becomes E+ (enthousiast).
        assertThat(run.out()).containsPattern("Delivery\\s+Logistics\\s+37\\s+.*E\\+");
    }

    @Test
    void prioritiesTableHasDutchMomentTypesAndReasons() {
        CliRun run = inDutch(() -> CliRun.of("priorities", project.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Prioriteiten (achterstand op doel × belang voor algeheel enthousiasme)")
                .containsPattern("Delivery\\s+moment of truth\\s+tevreden of enthousiast\\s+56,8\\s+80,0\\s+23,2")
                .contains("Delivery is een moment of truth: 56,8 % tevreden of enthousiast tegenover een doel van 80 %")
                .contains("Invoice is een standaardmoment en haalt zijn doel: 36,6 % heeft herstel nodig, binnen het maximum van 40 %.")
                .contains("Waarschuwing: Het model rust op 37 respondenten, minder dan 100: de kwadranten worden niet beoordeeld.")
                .contains("Doelen per type moment: moment of truth ≥ 80 % tevreden of enthousiast")
                .doesNotContain("cli.");
    }

    @Test
    void countsGetDutchThousandsSeparators() throws Exception {
        Path sample = dir.resolve("sample.csv");
        Path sampleProject = dir.resolve("sample.cxlens");

        CliRun written = inDutch(() -> CliRun.of("sample", "--respondents", "1200", "--format", "csv",
                "--out", sample.toString()));
        CliRun imported = inDutch(() -> CliRun.of("import", sample.toString(), "--project", sampleProject.toString()));
        CliRun info = inDutch(() -> CliRun.of("info", sampleProject.toString()));
        CliRun summary = inDutch(() -> CliRun.of("summary", sampleProject.toString(), "--by", "wave"));

        assertThat(Files.exists(sample)).isTrue();
        assertThat(written.out().strip()).isEqualTo("1.200 respondenten geschreven naar " + sample);
        assertThat(imported.out()).startsWith("sample.csv geïmporteerd in " + sampleProject
                + " als import 1: 1.200 rijen gelezen, 1.200 respondenten, ");
        assertThat(info.out().lines()).contains("Contactmomenten (volgorde in de klantreis):",
                "  1.200 respondenten, 15 contactmomenten, 0 afdelingen, 1 import, 0 problemen");
        assertThat(summary.out()).startsWith("Samenvatting per meting (respondenten)")
                .containsPattern("Geselecteerde respondenten:\\s+1\\.200")
                .containsPattern("\nMeting\\s+n\\s+onverschillig %");
    }

    @Test
    void schemeAndTouchpointEditsAreDutch(@TempDir Path own) throws Exception {
        Path edited = HandProject.create(own);

        CliRun scheme = inDutch(() -> CliRun.of("scheme", edited.toString(), "--delighted", "0.7"));
        CliRun touchpoint = inDutch(() -> CliRun.of("touchpoint", edited.toString(), "website", "--moment", "excel",
                "--target", "0.5", "--department", "Online"));

        assertThat(scheme.out()).startsWith("Enthousiast vanaf 0,70, tevreden vanaf 0,65, herstel nodig onder 0,35 "
                + "van het schaalbereik; lage basis onder 30");
        assertThat(scheme.out()).containsPattern("Schaal\\s+tevreden vanaf\\s+enthousiast vanaf\\s+herstel t/m")
                .containsPattern("0–10\\s+7\\s+7\\s+3");
        // Overall 7 (respondents 13–32) is p = 0.7: all 20 move from satisfied to delighted.
        assertThat(scheme.out()).containsPattern("\\s+onverschillig\\s+tevreden\\s+enthousiast\n")
                .containsPattern("tevreden\\s+0\\s+0\\s+20");
        assertThat(touchpoint.out().lines()).containsExactly(
                "Website: afdeling Online, excel, positie 1 in de klantreis, doel 50 %",
                "De cijfers van het overzicht staan in het project: de app toont ze zodra hij het opent.");
    }

    @ParameterizedTest
    @CsvSource({"summary,csv", "summary,json", "drivers,csv", "drivers,json", "priorities,csv", "priorities,json"})
    void csvAndJsonAreTheSameInDutchAsInEnglish(String command, String format) {
        CliRun english = CliRun.of(command, project.toString(), "--format", format);
        CliRun dutch = inDutch(() -> CliRun.of(command, project.toString(), "--format", format));

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(dutch.out()).isEqualTo(english.out());
    }

    /** Runs with Dutch as the default locale, restoring the locale the JVM had. */
    private static <T> T inDutch(Supplier<T> run) {
        Locale before = Locale.getDefault();
        Locale.setDefault(DUTCH);
        try {
            return run.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
