package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six respondents on 0–10 scales under the default scheme (9–10 delighted, 7–8 satisfied,
 * 0–6 indifferent), with a general comment and one about delivery.
 *
 * <pre>
 * id   wave     website delivery overall  class        Comment                   Delivery comment
 * R01  2025-Q1   9      10        9       delighted    Great service             Fast DELIVERY
 * R02  2025-Q1   7       6        8       satisfied    Ça va                     -
 * R03  2025-Q1   5       3        4       indifferent  -                         Parcel arrived late
 * R04  2025-Q2  10       -       10       delighted    Élan: late but ÉNORME     -
 * R05  2025-Q2   -       6        7       satisfied    late, but fine            Driver was late
 * R06  2025-Q2   3       2        2       indifferent  =1+1                      (blank)
 * </pre>
 * Eight comments from six respondents; four of them in 2025-Q2 (R04, R05 twice, R06).
 */
class CommentListTest {

    @TempDir
    Path folder;

    private OpenProject project;
    private Touchpoint website;
    private Touchpoint delivery;

    @BeforeEach
    void openSixRespondents() throws Exception {
        Path csv = Files.write(folder.resolve("six.csv"), List.of(
                "Id,Wave,Date,Website,Delivery,Overall,Comment,Delivery comment",
                "R01,2025-Q1,2025-01-05,9,10,9,Great service,Fast DELIVERY",
                "R02,2025-Q1,2025-01-20,7,6,8,Ça va,",
                "R03,2025-Q1,2025-02-03,5,3,4,,Parcel arrived late",
                "R04,2025-Q2,2025-04-01,10,,10,Élan: late but ÉNORME,",
                "R05,2025-Q2,2025-04-15,,6,7,\"late, but fine\",Driver was late",
                "R06,2025-Q2,2025-05-02,3,2,2,=1+1,\"   \""));
        Path mapping = Files.writeString(folder.resolve("six.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Wave", "role": "WAVE"},
                    {"column": "Date", "role": "DATE"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 2},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Comment", "role": "COMMENT"},
                    {"column": "Delivery comment", "role": "COMMENT"}
                  ] }
                """);
        Path file = folder.resolve("six.cxlens");
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
    void everyNonBlankCommentOfTheFilteredRespondentsInImportOrder() throws Exception {
        CommentList all = project.comments(Filter.NONE, CommentQuery.ALL);

        assertThat(texts(all)).containsExactly("Great service", "Fast DELIVERY", "Ça va", "Parcel arrived late",
                "Élan: late but ÉNORME", "late, but fine", "Driver was late", "=1+1");
        assertThat(all.respondents()).isEqualTo(6);
        assertThat(all.inFilter()).isEqualTo(8);
        assertThat(all.severalQuestions()).isTrue();

        Filter q2 = Filter.NONE.withWaves(Set.of("2025-Q2"));
        CommentList second = project.comments(q2, CommentQuery.ALL);
        assertThat(texts(second)).containsExactly("Élan: late but ÉNORME", "late, but fine", "Driver was late", "=1+1");
        assertThat(second.size()).isEqualTo(commentsOfDrillDown(q2, Mark.NONE));
        assertThat(second.respondents()).isEqualTo(3);
    }

    @Test
    void searchFindsCommentsHoldingEveryWordInAnyCase() throws Exception {
        CommentList late = project.comments(Filter.NONE, CommentQuery.ALL.withSearch("  LATE "));
        assertThat(texts(late)).containsExactly("Parcel arrived late", "Élan: late but ÉNORME", "late, but fine",
                "Driver was late");
        assertThat(late.inFilter()).isEqualTo(8);
        assertThat(late.respondents()).isEqualTo(3);

        assertThat(texts(project.comments(Filter.NONE, CommentQuery.ALL.withSearch("late but"))))
                .containsExactly("Élan: late but ÉNORME", "late, but fine");
        // Beyond ASCII: SQLite's LIKE would not match these.
        assertThat(texts(project.comments(Filter.NONE, CommentQuery.ALL.withSearch("énorme"))))
                .containsExactly("Élan: late but ÉNORME");
        assertThat(texts(project.comments(Filter.NONE, CommentQuery.ALL.withSearch("ÇA")))).containsExactly("Ça va");
        assertThat(texts(project.comments(Filter.NONE, CommentQuery.ALL.withSearch("LATE énorme"))))
                .containsExactly("Élan: late but ÉNORME");
        assertThat(project.comments(Filter.NONE, CommentQuery.ALL.withSearch("late 100%")).size()).isZero();
    }

    @Test
    void classesKeepTheCommentsOfRespondentsOfThoseClasses() throws Exception {
        CommentList delighted = project.comments(Filter.NONE,
                CommentQuery.ALL.withClasses(EnumSet.of(ExperienceClass.DELIGHTED)));
        assertThat(texts(delighted)).containsExactly("Great service", "Fast DELIVERY", "Élan: late but ÉNORME");
        assertThat(delighted.size()).isEqualTo(commentsOfDrillDown(Filter.NONE, Mark.respondents(ExperienceClass.DELIGHTED)));

        assertThat(texts(project.comments(Filter.NONE, CommentQuery.ALL.withClasses(
                EnumSet.of(ExperienceClass.INDIFFERENT, ExperienceClass.SATISFIED)))))
                .containsExactly("Ça va", "Parcel arrived late", "late, but fine", "Driver was late", "=1+1");
        assertThat(project.comments(Filter.NONE, CommentQuery.ALL.withClasses(Set.of())).size()).isZero();
        // The window's filter and the page's classes both apply.
        Filter indifferentOnly = Filter.NONE.withClasses(EnumSet.of(ExperienceClass.INDIFFERENT));
        assertThat(project.comments(indifferentOnly, CommentQuery.ALL.withClasses(
                EnumSet.of(ExperienceClass.DELIGHTED))).size()).isZero();
    }

    @Test
    void aTouchpointWithItsOwnQuestionKeepsThatQuestionsAnswers() throws Exception {
        CommentList about = project.comments(Filter.NONE, CommentQuery.ALL.withTouchpoint(delivery));

        assertThat(texts(about)).containsExactly("Fast DELIVERY", "Parcel arrived late", "Driver was late");
        assertThat(about.questionsAbout()).containsExactly("Delivery comment");
        assertThat(about.byRating()).isFalse();
        assertThat(about.page(0, 1).get(0).about()).isEqualTo(delivery);
    }

    @Test
    void aTouchpointWithoutAQuestionKeepsTheCommentsOfThoseWhoRatedIt() throws Exception {
        CommentList rated = project.comments(Filter.NONE, CommentQuery.ALL.withTouchpoint(website));

        assertThat(rated.byRating()).isTrue();
        assertThat(rated.questionsAbout()).isEmpty();
        assertThat(texts(rated)).containsExactly("Great service", "Fast DELIVERY", "Ça va", "Parcel arrived late",
                "Élan: late but ÉNORME", "=1+1");
        assertThat(rated.respondents()).isEqualTo(project.engine()
                .respondents(Filter.NONE, project.scheme(), website, null).length)
                .isEqualTo(5);

        CommentList narrowed = project.comments(Filter.NONE, new CommentQuery("late",
                EnumSet.of(ExperienceClass.INDIFFERENT), website));
        assertThat(texts(narrowed)).containsExactly("Parcel arrived late");
    }

    @Test
    void aRowHoldsItsRespondentsClassWaveDateAndScoresInJourneyOrder() throws Exception {
        List<CommentRow> rows = project.comments(Filter.NONE, CommentQuery.ALL).page(0, 2);

        CommentRow first = rows.get(0);
        assertThat(first.respondentId()).isEqualTo("R01");
        assertThat(first.respondentClass()).isEqualTo(ExperienceClass.DELIGHTED);
        assertThat(first.question()).isEqualTo("Comment");
        assertThat(first.about()).isNull();
        assertThat(first.wave()).isEqualTo("2025-Q1");
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(first.scores()).containsExactly(new DrillRow.Score(9f, ExperienceClass.DELIGHTED),
                new DrillRow.Score(10f, ExperienceClass.DELIGHTED));
        assertThat(rows.get(1).about()).isEqualTo(delivery);

        CommentRow r04 = project.comments(Filter.NONE, CommentQuery.ALL.withSearch("énorme")).page(0, 1).get(0);
        assertThat(r04.scores().get(1).value()).isNaN();
        assertThat(r04.scores().get(1).experienceClass()).isNull();
        assertThat(project.comments(Filter.NONE, CommentQuery.ALL).page(7, 10)).hasSize(1);
    }

    @Test
    void copiedCommentsAreTabSeparatedLinesWithFormulasNeutralised() throws Exception {
        CommentList all = project.comments(Filter.NONE, CommentQuery.ALL);

        assertThat(all.copyText(new int[] {0, 7}, Locale.ENGLISH)).isEqualTo(
                "R01\t2025-Q1\t2025-01-05\tdelighted\tComment\tGreat service\n"
                + "R06\t2025-Q2\t2025-05-02\tindifferent\tComment\t'=1+1\n");
        assertThat(all.copyText(new int[] {2}, Locale.forLanguageTag("nl"))).contains("\ttevreden\t");
    }

    @Test
    void aCommentsRespondentDrillsDownToThatOneRespondent() throws Exception {
        CommentRow row = project.comments(Filter.NONE, CommentQuery.ALL.withSearch("driver")).page(0, 1).get(0);
        Mark writer = Mark.respondent(row.position(), row.respondentId());

        DrillDown drill = project.drillDown(Filter.NONE, writer);
        assertThat(drill.count()).isEqualTo(1);
        assertThat(drill.page(0, 1).get(0).respondentId()).isEqualTo("R05");
        assertThat(drill.sentence().render(Locale.ENGLISH)).isEqualTo("respondent R05: 1 respondent");
        // A filter that no longer holds the respondent shows none rather than a stranger.
        assertThat(project.drillDown(Filter.NONE.withWaves(Set.of("2025-Q1")), writer).count()).isZero();
        assertThat(project.drillDown(Filter.NONE, Mark.respondent(row.position(), null)).sentence()
                .render(Locale.ENGLISH)).isEqualTo("a respondent without an id: 1 respondent");
    }

    private int commentsOfDrillDown(Filter filter, Mark mark) throws Exception {
        DrillDown drill = project.drillDown(filter, mark);
        return drill.page(0, drill.count()).stream().mapToInt(r -> r.comments().size()).sum();
    }

    private static List<String> texts(CommentList list) throws Exception {
        return list.page(0, list.size()).stream().map(CommentRow::text).toList();
    }

    private Touchpoint touchpoint(String name) {
        return project.data().touchpoints().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
