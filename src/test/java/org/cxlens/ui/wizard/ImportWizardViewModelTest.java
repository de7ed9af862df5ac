package org.cxlens.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.ui.SyncRunner;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.OverviewFigures;
import org.cxlens.workspace.ProjectOpening;
import org.cxlens.workspace.SheetRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's steps without a window: the work runs in place. */
class ImportWizardViewModelTest {

    private static final Path DUTCH = Path.of("samples", "dutch-export.csv");
    private static final ResourceBundle EN = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);

    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();

    private ImportWizardViewModel wizard(TaskRunner runner, OpenProject into) {
        return new ImportWizardViewModel(runner, EN, into, opened::add);
    }

    @Test
    void aCsvGoesFromPreviewToAnImportedProjectWithAnOverriddenRoleAndScale() throws Exception {
        ImportWizardViewModel w = wizard(new SyncRunner(), null);
        w.chooseFile(DUTCH);
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(w.previewProperty().get().dialect().delimiter()).isEqualTo(';');
        assertThat(w.describeReading()).startsWith("Read as CSV: delimiter ;").contains("decimal comma");
        int columns = w.previewProperty().get().columns().size();

        // A wrong delimiter re-previews at once: the whole line is one column.
        w.delimiterProperty().set(',');
        assertThat(w.previewProperty().get().columns()).hasSizeLessThan(columns);
        w.delimiterProperty().set(null);
        assertThat(w.previewProperty().get().columns()).hasSize(columns);

        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.COLUMNS);
        ColumnRow region = row(w, "Regio");
        ColumnRow website = row(w, "Rapportcijfer Website");
        assertThat(website.roleProperty().get()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(website.scaleProperty().get()).isEqualTo("1–10");
        assertThat(website.samples()).contains("(");
        w.setRole(List.of(region), ColumnRole.IGNORE);
        w.setScale(List.of(website), "0–10");
        assertThat(w.mapping().column("Rapportcijfer Website").scale()).isEqualTo(Scale.of(0, 10));
        assertThat(w.mapping().column("Regio").role()).isEqualTo(ColumnRole.IGNORE);

        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        assertThat(w.checkProperty().get().counts().respondents()).isEqualTo(1000);

        Path project = dir.resolve("new.cxlens");
        w.targetProperty().set(project);
        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(w.resultProperty().get().result().counts().respondents()).isEqualTo(1000);
        assertThat(w.resultProperty().get().created()).isTrue();
        try (OpenProject p = OpenProject.open(project)) {
            assertThat(p.data().size()).isEqualTo(1000);
        }
        w.next();
        assertThat(opened).containsExactly(project);
    }

    /**
     * The import ends by keeping the project's unfiltered overview in its file, so that its first
     * opening shows it at once (ADR 0010); the dashboard is offered once that is done.
     */
    @Test
    void theDashboardIsOfferedOnceTheImportedProjectsOverviewIsKeptInIt() throws Exception {
        ImportWizardViewModel[] holder = new ImportWizardViewModel[1];
        List<Runnable> afterTheImport = new ArrayList<>();
        TaskRunner holding = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                if (holder[0].stepProperty().get() == WizardStep.RESULT) {
                    afterTheImport.add(() -> new SyncRunner().run(work, onSuccess, onError));
                } else {
                    new SyncRunner().run(work, onSuccess, onError);
                }
            }
        };
        ImportWizardViewModel w = wizard(holding, null);
        holder[0] = w;
        w.chooseFile(DUTCH);
        w.next();
        w.next();
        Path project = dir.resolve("prepared.cxlens");
        w.targetProperty().set(project);
        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(w.preparingProperty().get()).isTrue();
        assertThat(w.noticeProperty().get()).isEqualTo("Preparing the dashboard…");
        w.next();
        assertThat(opened).as("not offered while preparing").isEmpty();

        assertThat(afterTheImport).hasSize(1);
        afterTheImport.get(0).run();

        assertThat(w.preparingProperty().get()).isFalse();
        assertThat(w.noticeProperty().get()).isEmpty();
        try (ProjectOpening opening = ProjectOpening.begin(project, true, OpeningTimes.NONE)) {
            assertThat(opening.hasStoredOverview()).isTrue();
            OverviewFigures stored = opening.storedOverview().orElseThrow();
            try (OpenProject open = opening.finish()) {
                assertThat(stored.sameAs(open.overviewFigures(Filter.NONE))).isTrue();
                assertThat(stored.respondents()).isEqualTo(1000);
            }
        }
        w.next();
        assertThat(opened).containsExactly(project);
    }

    @Test
    void aCancelledImportLeavesNoNewProjectAndSaysSo() {
        ImportWizardViewModel[] holder = new ImportWizardViewModel[1];
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                if (holder[0].stepProperty().get() == WizardStep.IMPORT) {
                    holder[0].cancel();
                }
                new SyncRunner().run(work, onSuccess, onError);
            }
        };
        ImportWizardViewModel w = wizard(cancelling, null);
        holder[0] = w;
        w.chooseFile(DUTCH);
        w.next();
        w.next();
        Path project = dir.resolve("cancelled.cxlens");
        w.targetProperty().set(project);
        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        assertThat(w.noticeProperty().get()).isEqualTo("Cancelled: nothing was changed.");
        assertThat(project).doesNotExist();
        assertThat(w.problemProperty().get()).isNull();
    }

    @Test
    void aCancelAfterTheImportWasStoredIsNotPassedOffAsObeyed() throws Exception {
        ImportWizardViewModel[] holder = new ImportWizardViewModel[1];
        TaskRunner late = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                boolean importing = holder[0].stepProperty().get() == WizardStep.IMPORT;
                new SyncRunner().run(work, value -> {
                    // Pressed while the committed result was on its way to the window.
                    if (importing) {
                        holder[0].cancel();
                    }
                    onSuccess.accept(value);
                }, onError);
            }
        };
        ImportWizardViewModel w = wizard(late, null);
        holder[0] = w;
        w.chooseFile(DUTCH);
        w.next();
        w.next();
        Path project = dir.resolve("late.cxlens");
        w.targetProperty().set(project);
        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(w.noticeProperty().get())
                .isEqualTo("Cancel came too late: the import had already been stored, and the project now holds it.");
        try (OpenProject p = OpenProject.open(project)) {
            assertThat(p.data().size()).isEqualTo(1000);
        }
    }

    @Test
    void aScoreWithoutAScaleIsFlaggedOnTheColumnsStepAsItIsEdited() {
        ImportWizardViewModel w = wizard(new SyncRunner(), null);
        w.chooseFile(DUTCH);
        w.next();
        ColumnRow website = row(w, "Rapportcijfer Website");
        ColumnRow region = row(w, "Regio");
        assertThat(w.columns().stream().filter(r -> r.withoutScale().get())).isEmpty();
        w.setScale(List.of(website), "");
        assertThat(website.withoutScale().get()).isTrue();
        w.setRole(List.of(website), ColumnRole.COMMENT);
        assertThat(website.withoutScale().get()).isFalse();
        w.setRole(List.of(website, region), ColumnRole.RECOMMEND);
        assertThat(website.withoutScale().get()).isTrue();
        assertThat(region.withoutScale().get()).isTrue();
        w.setScale(List.of(website, region), "0–10");
        assertThat(website.withoutScale().get()).isFalse();
        assertThat(region.withoutScale().get()).isFalse();
    }

    @Test
    void aFileThatIsNoSurveyIsOneProblemNamingTheFile() throws Exception {
        Path bad = dir.resolve("broken.xlsx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        ImportWizardViewModel w = wizard(new SyncRunner(), null);
        w.chooseFile(bad);
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.FILE);
        assertThat(w.problemProperty().get().heading()).isEqualTo("Cannot read broken.xlsx");
        assertThat(w.problemProperty().get().cause()).contains("broken.xlsx");
    }

    /** A workbook whose first sheet is empty: the sheet step lists every sheet with its rows and picks the one with data. */
    @Test
    void anEmptyFirstSheetIsListedAndTheSheetWithDataChosen() throws Exception {
        Path book = dir.resolve("survey.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Cover");
            Sheet data = wb.createSheet("Survey");
            String[][] rows = {{"id", "Website"}, {"A1", "8"}, {"A2", "6"}};
            for (int r = 0; r < rows.length; r++) {
                data.createRow(r).createCell(0).setCellValue(rows[r][0]);
                data.getRow(r).createCell(1).setCellValue(rows[r][1]);
            }
            wb.write(out);
        }
        ImportWizardViewModel w = wizard(new SyncRunner(), null);
        w.chooseFile(book);
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.SHEET);
        assertThat(w.sheets()).containsExactly(new SheetRows("Cover", 0), new SheetRows("Survey", 2));
        assertThat(w.sheetProperty().get()).isEqualTo("Survey");
        w.next();
        assertThat(w.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(w.previewProperty().get().sampleRows()).hasSize(2);
    }

    @Test
    void theNextWaveGetsTheEarlierMappingWithItsNewAndMissingColumns() throws Exception {
        Path project = dir.resolve("waves.cxlens");
        ImportWizardViewModel first = wizard(new SyncRunner(), null);
        first.chooseFile(DUTCH);
        first.next();
        row(first, "Kanaal").roleProperty().set(ColumnRole.IGNORE);
        first.next();
        first.targetProperty().set(project);
        first.next();
        assertThat(first.stepProperty().get()).isEqualTo(WizardStep.RESULT);

        Path wave2 = dir.resolve("wave2.csv");
        String text = Files.readString(DUTCH, StandardCharsets.ISO_8859_1);
        Files.writeString(wave2, text.replaceFirst(";Kanaal;", ";Verkoopkanaal;"), StandardCharsets.UTF_8);
        String before = sha256(project);
        try (OpenProject open = OpenProject.open(project)) {
            ImportWizardViewModel next = wizard(new SyncRunner(), open);
            next.chooseFile(wave2);
            next.next();
            assertThat(next.profileProperty().get().fileName()).isEqualTo("dutch-export.csv");
            assertThat(next.profileProperty().get().newColumns()).containsExactly("Verkoopkanaal");
            assertThat(next.profileProperty().get().missingColumns()).containsExactly("Kanaal");
            assertThat(next.noticeProperty().get()).contains("Verkoopkanaal").contains("Kanaal");
            // The earlier choice for the other columns is kept.
            assertThat(row(next, "Rapportcijfer Website").roleProperty().get()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
            assertThat(sha256(project)).isEqualTo(before);
            next.next();
            next.next();
            assertThat(next.stepProperty().get()).isEqualTo(WizardStep.RESULT);
            assertThat(next.resultProperty().get().created()).isFalse();
        }
        // The dashboard then opens from figures of both waves, which the window's own opening kept.
        try (ProjectOpening opening = ProjectOpening.begin(project, true, OpeningTimes.NONE)) {
            OverviewFigures stored = opening.storedOverview().orElseThrow();
            try (OpenProject again = opening.finish()) {
                assertThat(again.summary().imports()).hasSize(2);
                assertThat(stored.imports()).isEqualTo(2);
                assertThat(stored.sameAs(again.overviewFigures(Filter.NONE))).isTrue();
            }
        }
    }

    @Test
    void theNextWaveCheckShowsAScaleOtherThanTheProjectsAndOffersNoImportUntilItIsFixed() throws Exception {
        Path project = dir.resolve("scales.cxlens");
        ImportWizardViewModel first = wizard(new SyncRunner(), null);
        first.chooseFile(DUTCH);
        first.next();
        String website = row(first, "Rapportcijfer Website").touchpointProperty().get();
        first.next();
        first.targetProperty().set(project);
        first.next();
        assertThat(first.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        try (OpenProject open = OpenProject.open(project)) {
            // Renamed since: the next wave's column still says the old name, which now stands for "Online shop".
            org.cxlens.domain.Touchpoint t = open.catalogue().stream().map(e -> e.touchpoint())
                    .filter(x -> x.name().equals(website)).findFirst().orElseThrow();
            open.updateTouchpoint(new org.cxlens.domain.Touchpoint(t.id(), t.slot(), "Online shop", t.department(),
                    t.momentType(), t.journeyOrder(), t.scale(), t.target()));
        }
        String before = sha256(project);
        try (OpenProject open = OpenProject.open(project)) {
            ImportWizardViewModel next = wizard(new SyncRunner(), open);
            next.chooseFile(DUTCH);
            next.next();
            next.setScale(List.of(row(next, "Rapportcijfer Website")), "0–10");
            next.next();
            assertThat(next.stepProperty().get()).isEqualTo(WizardStep.CHECK);
            assertThat(next.checkProperty().get().touchpoints()).contains("Online shop").doesNotContain(website);
            assertThat(next.importRefused()).isTrue();
            assertThat(next.scaleConflicts()).containsExactly("Touchpoint “" + website + "” (now called “Online shop” "
                    + "in the project) is rated 0–10 in this file but 1–10 in the project: the import would be refused. "
                    + "Go back to the columns and give it the scale 1–10, or another touchpoint name.");
            next.targetProperty().set(project);
            next.next();
            assertThat(next.stepProperty().get()).isEqualTo(WizardStep.CHECK);
            assertThat(sha256(project)).isEqualTo(before);

            next.back();
            next.setScale(List.of(row(next, "Rapportcijfer Website")), "1–10");
            next.next();
            assertThat(next.importRefused()).isFalse();
            assertThat(next.scaleConflicts()).isEmpty();
            next.forceProperty().set(true);
            next.next();
            assertThat(next.stepProperty().get()).isEqualTo(WizardStep.RESULT);
            assertThat(next.resultProperty().get().result().counts().respondents()).isEqualTo(1000);
        }
        try (OpenProject again = OpenProject.open(project)) {
            // The second wave's "Website" answers went to the renamed touchpoint, not to a new one.
            assertThat(again.catalogue()).filteredOn(e -> e.touchpoint().name().equals("Online shop"))
                    .singleElement().satisfies(e -> assertThat(e.earlierNames()).containsExactly(website));
            assertThat(again.catalogue()).noneMatch(e -> e.touchpoint().name().equals(website));
        }
    }

    @Test
    void aSavedProfileLoadsBackAsTheSameMapping() throws Exception {
        ImportWizardViewModel w = wizard(new SyncRunner(), null);
        w.chooseFile(DUTCH);
        w.next();
        w.setScale(List.of(row(w, "Rapportcijfer Factuur")), "0–10");
        Path profile = dir.resolve("dutch.mapping.json");
        w.saveProfile(profile);
        assertThat(Files.readString(profile)).contains("\"evidence\"");
        w.useSuggestion();
        assertThat(row(w, "Rapportcijfer Factuur").scaleProperty().get()).isEqualTo("1–10");
        w.loadProfile(profile);
        assertThat(row(w, "Rapportcijfer Factuur").scaleProperty().get()).isEqualTo("0–10");
        assertThat(w.profileProperty().get().newColumns()).isEmpty();
    }

    @Test
    void renamingATouchpointLooksForUnknownLabelsAgain() {
        int[] runs = {0};
        TaskRunner counting = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                runs[0]++;
                new SyncRunner().run(work, onSuccess, onError);
            }
        };
        ImportWizardViewModel w = wizard(counting, null);
        w.chooseFile(DUTCH);
        w.next();
        int before = runs[0];
        w.setTouchpoint(List.of(row(w, "Rapportcijfer Website")), "Webshop");
        assertThat(runs[0]).isEqualTo(before + 1);
        assertThat(w.mapping().column("Rapportcijfer Website").touchpoint()).isEqualTo("Webshop");
    }

    @Test
    void personalFlagAndRoleFollowEachOther() {
        ColumnRow r = new ColumnRow("E-mail", "E-mail", "", "", "", ColumnRole.SEGMENT);
        r.personalProperty().set(true);
        assertThat(r.roleProperty().get()).isEqualTo(ColumnRole.PERSONAL);
        r.personalProperty().set(false);
        assertThat(r.roleProperty().get()).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void scalesAreReadAsUsersWriteThem() {
        assertThat(ScaleText.parse("1–5")).isEqualTo(Scale.of(1, 5));
        assertThat(ScaleText.parse(" 0 - 10 ")).isEqualTo(Scale.of(0, 10));
        assertThat(ScaleText.parse("")).isNull();
        assertThat(ScaleText.parse("5–1")).as("worst first: 1 is the best answer").isEqualTo(Scale.of(5, 1));
        assertThat(ScaleText.parse("6 - 1").label()).isEqualTo("6–1");
        assertThat(ScaleText.COMMON).contains("5–1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScaleText.parse("5–5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressGivesRowsPerSecondFromTheClock() {
        long[] now = {0};
        ImportProgress p = new ImportProgress(() -> now[0]);
        var callback = p.start();
        callback.update(500, 1000);
        now[0] = 2_000_000_000L;
        p.refresh();
        assertThat(p.fractionProperty().get()).isEqualTo(0.5);
        assertThat(p.rowsPerSecondProperty().get()).isEqualTo(250);
        p.cancel();
        assertThat(callback.isCancelled()).isTrue();
    }

    private static ColumnRow row(ImportWizardViewModel w, String column) {
        return w.columns().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
