package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help comes from the resource bundle {@code org/cxlens/cli/help*.properties}: Dutch under
 * a Dutch default locale, English under any other. Each run builds a fresh CommandLine after the
 * locale is switched, as picocli loads the bundle when the command line is built.
 */
class HelpTextTest {

    private static final Locale DUTCH = new Locale("nl", "NL");

    @Test
    void rootHelpIsDutchUnderADutchLocale() {
        CliRun run = in(DUTCH, () -> CliRun.of("--help"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Gebruik: cxlens [-hV] [COMMAND]")
                .contains("Offline analyse van klantervaringen. Zonder opdracht start de desktopapplicatie.",
                        "Deze helptekst tonen en stoppen.", "Opdrachten:")
                .containsPattern("import\\s+Importeert een enquêtebestand")
                .containsPattern("summary\\s+Aandelen onverschillig, tevreden en enthousiast per\\s+contactmoment")
                .containsPattern("help\\s+Toont de helptekst van de opgegeven opdracht.")
                .doesNotContain("Usage", "Commands:", "Offline customer-experience", "Imports a survey file");
    }

    @Test
    void rootHelpIsEnglishUnderEnglishAndOtherLocales() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.ROOT}) {
            CliRun run = in(locale, () -> CliRun.of("--help"));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(locale.toString()).startsWith("Usage: cxlens [-hV] [COMMAND]")
                    .contains("Offline customer-experience analysis. Without a command, starts the desktop app.",
                            "Show this help message and exit.", "Commands:")
                    .containsPattern("import\\s+Imports a survey file")
                    .doesNotContain("Gebruik", "Opdrachten", "contactmoment");
        }
    }

    @Test
    void importHelpInBothLanguages() {
        CliRun dutch = in(DUTCH, () -> CliRun.of("help", "import"));
        CliRun english = in(Locale.US, () -> CliRun.of("help", "import"));

        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).startsWith("Gebruik: cxlens import")
                .contains("Importeert een enquêtebestand (CSV, XLSX, XLS) in een projectbestand")
                .containsPattern("FILE\\s+enquête-export als CSV, XLSX of XLS")
                .containsPattern("--project=P.cxlens\\s+projectbestand")
                .containsPattern("--sheet=NAME\\s+werkblad dat gelezen wordt \\(standaard: het eerste\\s+zichtbare\\)")
                .containsPattern("--encoding=NAME\\s+CSV: de tekencodering van het bestand")
                .containsPattern("--wave=WAVE\\s+elke respondent van dit bestand deze meting geven")
                .containsPattern("--debug\\s+bij een fout de stacktrace tonen")
                .doesNotContain("project file", "survey");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).startsWith("Usage: cxlens import")
                .contains("Imports a survey file (CSV, XLSX, XLS) into a project file")
                .containsPattern("--project=P.cxlens\\s+project file")
                .containsPattern("--sheet=NAME\\s+sheet to read \\(default: the first visible one\\)")
                .containsPattern("--delimiter=CHAR\\s+CSV: the field delimiter")
                .containsPattern("--decimal=\\.\\|,\\s+the decimal mark")
                .containsPattern("--debug\\s+print the stack trace of an error");
    }

    @Test
    void everySubcommandTakesHelpAndVersionOptions() {
        CliRun dutch = in(DUTCH, () -> CliRun.of("import", "--help"));
        CliRun english = in(Locale.US, () -> CliRun.of("summary", "-h"));
        CliRun version = in(Locale.US, () -> CliRun.of("info", "--version"));

        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).startsWith("Gebruik: cxlens import [-hV]");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).startsWith("Usage: cxlens summary [-hV]");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).isEqualTo(in(Locale.US, () -> CliRun.of("--version")).out());
    }

    @Test
    void summaryHelpInBothLanguagesWithDefaultValuesAndPercentSigns() {
        CliRun dutch = in(DUTCH, () -> CliRun.of("help", "summary"));
        CliRun english = in(Locale.US, () -> CliRun.of("help", "summary"));

        assertThat(dutch.exitCode()).as(dutch.err()).isZero();
        assertThat(dutch.out()).startsWith("Gebruik: cxlens summary")
                .contains("95 %-betrouwbaarheidsintervallen")
                .containsPattern("P.cxlens\\s+projectbestand")
                .containsPattern("waarop de rijen gegroepeerd worden \\(standaard:\\s+touchpoint\\)")
                .containsPattern("uitvoerformaat \\(standaard: table\\)")
                .containsPattern("alleen een deel van de respondenten meenemen:")
                .doesNotContain("DEFAULT-VALUE", "%n");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).startsWith("Usage: cxlens summary")
                .contains("95 % intervals")
                .containsPattern("what each row is \\(default: touchpoint\\)")
                .containsPattern("output format \\(default: table\\)")
                .doesNotContain("DEFAULT-VALUE", "%n");
    }

    @Test
    void nestedBenchCommandsAreTranslatedToo() {
        String dutch = in(DUTCH, () -> command("bench", "analysis").getUsageMessage(CommandLine.Help.Ansi.OFF));

        assertThat(dutch).startsWith("Gebruik: cxlens bench analysis")
                .contains("Meet de analyse op het referentieproject")
                .containsPattern("--respondents=N\\s+aantal respondenten \\(standaard: 1000000\\)")
                .containsPattern("--dir=DIR\\s+map van de referentie-CSV en het project \\(standaard:\\s+target");
    }

    /**
     * Every command and every option and parameter has a description in both languages, the Dutch
     * one differs from the English one (so neither falls back to a text in the code), and the
     * rendered usage has no unresolved variable and no unformatted string.
     */
    @Test
    void everyCommandIsFullyDescribedInBothLanguages() {
        Map<String, String> english = in(Locale.US, HelpTextTest::allTexts);
        Map<String, String> dutch = in(DUTCH, HelpTextTest::allTexts);

        assertThat(english).containsKeys("cxlens", "cxlens import", "cxlens import --project",
                "cxlens touchpoint NAME", "cxlens bench analysis --dir", "cxlens help", "cxlens help COMMAND");
        assertThat(dutch.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((what, text) -> {
            assertThat(text).as("English: " + what).isNotBlank();
            assertThat(dutch.get(what)).as("Dutch: " + what).isNotBlank().isNotEqualTo(text);
        });
    }

    /** Description of each command and each of its arguments, keyed "cxlens sub --option". */
    private static Map<String, String> allTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        collect(CxLensCli.commandLine(), texts);
        return texts;
    }

    private static void collect(CommandLine cli, Map<String, String> texts) {
        CommandSpec spec = cli.getCommandSpec();
        String usage = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(usage).as(spec.qualifiedName()).doesNotContain("${", "%n", "null");
        String[] description = spec.usageMessage().description();
        String[] header = spec.usageMessage().header();
        texts.put(spec.qualifiedName(), String.join(" ", description.length > 0 ? description : header));
        for (ArgSpec arg : spec.args()) {
            String name = arg instanceof OptionSpec option ? option.longestName()
                    : ((PositionalParamSpec) arg).paramLabel();
            texts.put(spec.qualifiedName() + " " + name, String.join(" ", arg.description()));
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            collect(sub, texts);
        }
    }

    private static CommandLine command(String... path) {
        CommandLine cli = CxLensCli.commandLine();
        for (String name : path) {
            cli = cli.getSubcommands().get(name);
        }
        return cli;
    }

    /** Runs with the given default locale, restoring the locale the JVM had. */
    private static <T> T in(Locale locale, Supplier<T> run) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return run.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
