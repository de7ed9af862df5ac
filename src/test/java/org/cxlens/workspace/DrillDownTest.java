package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.report.CsvDialect;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight respondents on 0–10 scales under the default scheme (9–10 delighted, 7–8 satisfied,
 * 0–6 indifferent).
 *
 * <pre>
 * id   wave     date        region  website delivery overall  class (source)        comment
 * R01  2025-Q1  2025-01-05  North    9      10       9        delighted             Great service
 * R02  2025-Q1  2025-01-20  South    7       6       8        satisfied             =SUM(A1)
 * R03  2025-Q1  2025-02-03  North    5       3       4        indifferent           +1
 * R04  2025-Q1  2025-02-10  South   10       -      10        delighted             -2
 * R05  2025-Q2  2025-04-01  North    8       6       7        satisfied             @x
 * R06  2025-Q2  2025-04-15  South    6       9       -        satisfied (mean .75)  late, but fine
 * R07  2025-Q2  2025-05-02  North    9       6       6        indifferent           -
 * R08  2025-Q2  2025-05-30  -        3       2       2        indifferent           Never again
 * </pre>
 * Delivery indifferent: R02, R03, R05, R07, R08 (5 of the 7 who scored it); of them in 2025-Q2:
 * R05, R07, R08. Both touchpoints are owned by Service, whose bar pools their 15 experiences:
 * delighted 5 (website R01 R04 R07, delivery R01 R06: respondents R01 R04 R06 R07), indifferent
 * 8 (website R03 R06 R08, delivery R02 R03 R05 R07 R08: six respondents).
 */
class DrillDownTest {

    @TempDir
    Path folder;

    private OpenProject project;
    private Touchpoint website;
    private Touchpoint delivery;

    @BeforeEach
    void openEightRespondents() throws Exception {
        Path csv = Files.write(folder.resolve("eight.csv"), List.of(
                "Id,Wave,Date,Region,Website,Delivery,Overall,Comment",
                "R01,2025-Q1,2025-01-05,North,9,10,9,Great service",
                "R02,2025-Q1,2025-01-20,South,7,6,8,=SUM(A1)",
                "R03,2025-Q1,2025-02-03,North,5,3,4,+1",
                "R04,2025-Q1,2025-02-10,South,10,,10,-2",
                "R05,2025-Q2,2025-04-01,North,8,6,7,@x",
                "R06,2025-Q2,2025-04-15,South,6,9,,\"late, but fine\"",
                "R07,2025-Q2,2025-05-02,North,9,6,6,",
                "R08,2025-Q2,2025-05-30,,3,2,2,Never again"));
        Path mapping = Files.writeString(folder.resolve("eight.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Wave", "role": "WAVE"},
                    {"column": "Date", "role": "DATE"},
                    {"column": "Region", "role": "SEGMENT"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "department": "Service", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "department": "Service", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 2},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Comment", "role": "COMMENT"}
                  ] }
                """);
        Path file = folder.resolve("eight.cxlens");
        try (ProjectFile created = ProjectFile.create(file)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, created, Progress.NONE);
        }
        project = OpenProject.open(file);
        website = touchpoint("Website");
        delivery = touchpoint("Delivery");
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void eachMarkCountsWhatTheEngineCounts() throws Exception {
        Filter none = Filter.NONE;
        assertThat(ids(project.drillDown(none, Mark.experience(delivery, ExperienceClass.INDIFFERENT))))
                .containsExactly("R02", "R03", "R05", "R07", "R08");
        assertThat(project.drillDown(none, Mark.experience(delivery, ExperienceClass.INDIFFERENT)).count())
                .isEqualTo(engineCount(none, delivery, ExperienceClass.INDIFFERENT)).isEqualTo(5);
        assertThat(project.drillDown(none, Mark.experience(delivery, null)).count())
                .isEqualTo(touchpointMeasure(none, delivery).classes().base()).isEqualTo(7);
        Filter north = none.withSegment("Region", Set.of("North"));
        assertThat(project.drillDown(north, Mark.experience(website, ExperienceClass.DELIGHTED)).count())
                .isEqualTo(engineCount(north, website, ExperienceClass.DELIGHTED)).isEqualTo(2);
        assertThat(project.drillDown(none, Mark.respondents(ExperienceClass.INDIFFERENT)).count())
                .isEqualTo(share(project.dashboard(none).overall(), ExperienceClass.INDIFFERENT)).isEqualTo(3);
        assertThat(project.drillDown(none, Mark.NONE).count()).isEqualTo(project.dashboard(none).respondents())
                .isEqualTo(8);

        GroupMeasure q2 = project.measures(Grouping.wave(), none).get(1);
        assertThat(ids(project.drillDown(none, Mark.respondents(ExperienceClass.INDIFFERENT)
                .inGroup(Grouping.wave(), "2025-Q2")))).containsExactly("R07", "R08")
                .hasSize(share(q2, ExperienceClass.INDIFFERENT));
        assertThat(project.drillDown(none, Mark.group(Grouping.segment("Region"), "North")).count())
                .isEqualTo(project.dashboard(north).respondents()).isEqualTo(4);
        assertThat(ids(project.drillDown(none, Mark.group(Grouping.month(), "2025-05"))))
                .containsExactly("R07", "R08");
        assertThat(ids(project.drillDown(none, Mark.experience(delivery, ExperienceClass.INDIFFERENT)
                .inGroup(Grouping.wave(), "2025-Q2")))).containsExactly("R05", "R07", "R08");
        // A group the filter already leaves out has nobody behind it.
        assertThat(project.drillDown(none.withWaves(Set.of("2025-Q1")), Mark.group(Grouping.wave(), "2025-Q2"))
                .count()).isZero();
        assertThat(project.drillDown(none.withClasses(Set.of(ExperienceClass.DELIGHTED)),
                Mark.respondents(ExperienceClass.INDIFFERENT)).count()).isZero();
    }

    @Test
    void aDepartmentMarkListsEachRespondentOnceAndCountsTheExperiencesOfTheDepartmentsBar() throws Exception {
        GroupMeasure service = project.dashboard(Filter.NONE).departments().get(0);
        assertThat(service.label()).isEqualTo("Service");

        DrillDown delighted = project.drillDown(Filter.NONE, Mark.department("Service", ExperienceClass.DELIGHTED));
        assertThat(ids(delighted)).containsExactly("R01", "R04", "R06", "R07");
        assertThat(delighted.experiences()).hasValue(share(service, ExperienceClass.DELIGHTED)).hasValue(5);
        assertThat(delighted.sentence().render(Locale.ENGLISH))
                .isEqualTo("touchpoints of Service · delighted: 5 experiences of 4 respondents");
        assertThat(delighted.sentence().render(Locale.forLanguageTag("nl")))
                .isEqualTo("contactmomenten van Service · enthousiast: 5 ervaringen van 4 respondenten");
        assertThat(delighted.sortedBy(DrillColumn.score(website), true).searchedFor("R0").experiences()).hasValue(5);

        DrillDown indifferent = project.drillDown(Filter.NONE, Mark.department("Service", ExperienceClass.INDIFFERENT));
        assertThat(indifferent.count()).isEqualTo(6);
        assertThat(indifferent.experiences()).hasValue(share(service, ExperienceClass.INDIFFERENT)).hasValue(8);
        DrillDown bar = project.drillDown(Filter.NONE, Mark.department("Service", null));
        assertThat(bar.count()).isEqualTo(8);
        assertThat(bar.experiences()).hasValue(service.classes().base()).hasValue(15);

        DrillDown q2 = project.drillDown(Filter.NONE, Mark.department("Service", ExperienceClass.DELIGHTED)
                .inGroup(Grouping.wave(), "2025-Q2"));
        assertThat(ids(q2)).containsExactly("R06", "R07");
        assertThat(q2.sentence().render(Locale.ENGLISH))
                .isEqualTo("touchpoints of Service · delighted · wave 2025-Q2: 2 experiences of 2 respondents");
        DrillDown otherOwners = project.drillDown(Filter.NONE.withTouchpointDepartments(Set.of("Sales")),
                Mark.department("Service", ExperienceClass.DELIGHTED));
        assertThat(otherOwners.count()).isZero();
        assertThat(otherOwners.sentence().render(Locale.ENGLISH)).isEqualTo("touchpoints of Service · delighted: no respondents");
        assertThat(project.drillDown(Filter.NONE, Mark.experience(delivery, null)).experiences()).isEmpty();
    }

    @Test
    void aRowShowsWhereEveryValueCameFrom() throws Exception {
        DrillDown all = project.drillDown(Filter.NONE, Mark.NONE);
        DrillRow r06 = all.page(5, 1).get(0);
        assertThat(r06.respondentId()).isEqualTo("R06");
        assertThat(r06.wave()).isEqualTo("2025-Q2");
        assertThat(r06.date()).hasToString("2025-04-15");
        assertThat(r06.sourceFile()).isEqualTo("eight.csv");
        assertThat(r06.sourceRow()).isEqualTo(7);
        assertThat(r06.respondentClass()).isEqualTo(ExperienceClass.SATISFIED);
        assertThat(r06.classSource()).isEqualTo(ClassificationSource.TOUCHPOINT_MEAN);
        assertThat(r06.scores().get(delivery.slot())).isEqualTo(new DrillRow.Score(9, ExperienceClass.DELIGHTED));
        assertThat(r06.scores().get(website.slot())).isEqualTo(new DrillRow.Score(6, ExperienceClass.INDIFFERENT));
        assertThat(r06.comments()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("late, but fine"));
        DrillRow r04 = all.page(3, 1).get(0);
        assertThat(r04.scores().get(delivery.slot()).value()).isNaN();
        assertThat(r04.scores().get(delivery.slot()).experienceClass()).isNull();
        assertThat(all.page(7, 1).get(0).comments().get(0).text()).isEqualTo("Never again");
    }

    @Test
    void pagesReturnEachRespondentOnceInOrder() throws Exception {
        DrillDown all = project.drillDown(Filter.NONE, Mark.NONE);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            all.page(offset, 3).forEach(r -> paged.add(r.respondentId()));
        }
        assertThat(paged).containsExactly("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08");
        assertThat(all.page(8, 3)).isEmpty();
        assertThat(all.page(6, 100)).hasSize(2);
    }

    @Test
    void sortsKeepTiesInOrderAndMissingValuesLast() throws Exception {
        DrillDown all = project.drillDown(Filter.NONE, Mark.NONE);
        assertThat(ids(all.sortedBy(DrillColumn.score(website), true)))
                .containsExactly("R04", "R01", "R07", "R05", "R02", "R06", "R03", "R08");
        assertThat(ids(all.sortedBy(DrillColumn.score(delivery), false)))
                .containsExactly("R08", "R03", "R02", "R05", "R07", "R06", "R01", "R04");
        assertThat(ids(all.sortedBy(DrillColumn.score(delivery), true)))
                .containsExactly("R01", "R06", "R02", "R05", "R07", "R03", "R08", "R04");
        assertThat(ids(all.sortedBy(DrillColumn.of(DrillColumn.Kind.DATE), true)))
                .containsExactly("R08", "R07", "R06", "R05", "R04", "R03", "R02", "R01");
        // Sorting on class after the website score: classes ordered, the website order kept within each.
        DrillDown byClass = all.sortedBy(DrillColumn.score(website), true)
                .sortedBy(DrillColumn.of(DrillColumn.Kind.CLASS), false);
        assertThat(ids(byClass)).containsExactly("R07", "R03", "R08", "R05", "R02", "R06", "R04", "R01");
        assertThatThrownBy(() -> all.sortedBy(DrillColumn.of(DrillColumn.Kind.COMMENT), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchFindsFileIdsAndCommentsWithinTheSelectionInItsOrder() throws Exception {
        DrillDown indifferent = project.drillDown(Filter.NONE, Mark.experience(delivery, ExperienceClass.INDIFFERENT));
        assertThat(ids(indifferent.searchedFor("again"))).containsExactly("R08");
        assertThat(ids(indifferent.searchedFor("great"))).isEmpty();
        assertThat(ids(indifferent.searchedFor("sum("))).containsExactly("R02");
        assertThat(ids(indifferent.searchedFor("R0").sortedBy(DrillColumn.score(delivery), false)))
                .containsExactly("R08", "R03", "R02", "R05", "R07");
        DrillDown searched = indifferent.searchedFor("r07");
        assertThat(searched.size()).isEqualTo(1);
        assertThat(searched.count()).isEqualTo(5);
        assertThat(searched.searchedFor(" ").size()).isEqualTo(5);
        assertThat(ids(indifferent.searchedFor("50%"))).isEmpty();
    }

    @Test
    void csvExportNeutralisesFormulasAndKeepsTextAndNumbers() throws Exception {
        Path csv = folder.resolve("out.csv");
        project.drillDown(Filter.NONE, Mark.NONE).exportCsv(csv, CsvDialect.COMMA, Progress.NONE);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("respondent_id,wave,date,source_file,source_row,class,class_source,"
                + "Website,Website class,Delivery,Delivery class,comment");
        assertThat(lines.get(1)).isEqualTo(
                "R01,2025-Q1,2025-01-05,eight.csv,2,delighted,overall satisfaction,9,delighted,10,delighted,"
                        + "Great service");
        assertThat(lines.get(2)).endsWith(",'=SUM(A1)");
        assertThat(lines.get(3)).endsWith(",+1");
        // A plain number is no formula: "-2" stays as it is (CsvCells, one rule for every CSV export).
        assertThat(lines.get(4)).endsWith(",10,delighted,,,-2");
        assertThat(lines.get(5)).endsWith(",'@x");
        assertThat(lines.get(6)).endsWith(",6,indifferent,9,delighted,\"late, but fine\"");
        assertThat(lines.get(7)).endsWith(",");
    }

    @Test
    void csvExportForExcelWithADecimalCommaSeparatesBySemicolons() throws Exception {
        Path csv = folder.resolve("out-nl.csv");
        project.drillDown(Filter.NONE, Mark.NONE).exportCsv(csv, CsvDialect.SEMICOLON, Progress.NONE);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("respondent_id;wave;date;source_file;source_row;class;class_source;"
                + "Website;Website class;Delivery;Delivery class;comment");
        assertThat(lines.get(4)).endsWith(";10;delighted;;;-2");
        // A comma is no separator here: the comment needs no quotes.
        assertThat(lines.get(6)).endsWith(";6;indifferent;9;delighted;late, but fine");
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path csv = folder.resolve("cancelled.csv");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> project.drillDown(Filter.NONE, Mark.NONE).exportCsv(csv, CsvDialect.COMMA, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(csv).doesNotExist();
    }

    @Test
    void copiedRowsAreTabSeparatedInTheUsersLanguage() throws Exception {
        DrillDown indifferent = project.drillDown(Filter.NONE, Mark.experience(delivery, ExperienceClass.INDIFFERENT));
        String text = indifferent.copyText(new int[] {1, 4}, Locale.forLanguageTag("nl"));
        assertThat(text.split("\n")).containsExactly(
                "R03\t2025-Q1\t2025-02-03\teight.csv\t4\tonverschillig\talgemene tevredenheid\t5\tonverschillig"
                        + "\t3\tonverschillig\t+1",
                "R08\t2025-Q2\t2025-05-30\teight.csv\t9\tonverschillig\talgemene tevredenheid\t3\tonverschillig"
                        + "\t2\tonverschillig\tNever again");
    }

    @Test
    void theSentenceNamesTheMarkAndTheFilterInTheUsersLanguage() {
        Mark cell = Mark.experience(delivery, ExperienceClass.INDIFFERENT).inGroup(Grouping.wave(), "2025-Q2");
        DrillDown drill = project.drillDown(Filter.NONE, cell);
        assertThat(drill.sentence().render(Locale.ENGLISH)).isEqualTo("Delivery · indifferent · wave 2025-Q2: 3 respondents");
        assertThat(drill.sentence().render(Locale.forLanguageTag("nl")))
                .isEqualTo("Delivery · onverschillig · meting 2025-Q2: 3 respondenten");

        Filter filter = Filter.NONE.withSegment("Region", Set.of("North", "South"))
                .withDates(java.time.LocalDate.of(2025, 1, 1), null);
        DrillDown one = project.drillDown(filter, Mark.respondents(ExperienceClass.DELIGHTED)
                .inGroup(Grouping.wave(), "2025-Q1"));
        assertThat(one.sentence().render(Locale.ENGLISH))
                .isEqualTo("respondents delighted · wave 2025-Q1 · Region North or South · from 2025-01-01: 2 respondents");
        assertThat(one.sentence().render(Locale.forLanguageTag("nl")))
                .isEqualTo("respondenten enthousiast · meting 2025-Q1 · Region North of South · vanaf 2025-01-01: "
                        + "2 respondenten");
        assertThat(project.drillDown(Filter.NONE, Mark.group(Grouping.month(), "2025-05")).sentence()
                .render(Locale.ENGLISH)).isEqualTo("month 2025-05: 2 respondents");
        assertThat(project.drillDown(Filter.NONE.withWaves(Set.of("2025-Q1")), Mark.group(Grouping.wave(), "2025-Q2"))
                .sentence().render(Locale.ENGLISH)).isEqualTo("wave 2025-Q2: no respondents");
        assertThat(project.drillDown(Filter.NONE, Mark.NONE).sentence().render(Locale.forLanguageTag("nl")))
                .isEqualTo("alle respondenten: 8 respondenten");
    }

    private Touchpoint touchpoint(String name) {
        return project.data().touchpoints().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> ids(DrillDown drill) throws Exception {
        return drill.page(0, drill.size()).stream().map(DrillRow::respondentId).toList();
    }

    private GroupMeasure touchpointMeasure(Filter filter, Touchpoint t) {
        return project.dashboard(filter).touchpoints().stream().filter(m -> m.touchpoint().equals(t))
                .findFirst().orElseThrow().measure();
    }

    private int engineCount(Filter filter, Touchpoint t, ExperienceClass c) {
        return share(touchpointMeasure(filter, t), c);
    }

    /** Unweighted cases of a class: share × base. */
    private static int share(GroupMeasure measure, ExperienceClass c) {
        return (int) Math.round(measure.classes().share(c) * measure.classes().base());
    }
}
