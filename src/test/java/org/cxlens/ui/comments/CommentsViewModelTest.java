package org.cxlens.ui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.ui.SyncRunner;
import org.cxlens.workspace.CommentList;
import org.cxlens.workspace.CommentQuery;
import org.cxlens.workspace.CommentRow;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.DrillRow;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comments page on the demo project: its counts against the engine's filtered respondents. */
class CommentsViewModelTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
    private static final Filter Q1 = Filter.NONE.withWaves(Set.of("2025-Q1"));

    private OpenProject project;
    private CommentsViewModel model;
    private final AtomicInteger choicesChanged = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        project = OpenProject.open(TestProjects.demo());
        model = new CommentsViewModel(new SyncRunner());
        model.setOnChoicesChanged(choicesChanged::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private void compute(Filter filter, ResourceBundle bundle) throws Exception {
        model.show(model.figures(project, filter, bundle).run(Progress.NONE));
    }

    @Test
    void theCountIsTheCommentsOfTheEnginesFilteredRespondents() throws Exception {
        compute(Filter.NONE, ENGLISH);
        int all = model.sizeProperty().get();
        assertThat(all).isEqualTo(commentsOf(Filter.NONE, Mark.NONE)).isPositive();
        assertThat(model.countProperty().get()).isEqualTo(String.format(Locale.ENGLISH,
                "%,d comments from %,d respondents", all, respondentsWithComments(Filter.NONE, Mark.NONE)));
        assertThat(model.noteProperty().get()).isEmpty();

        compute(Q1, ENGLISH);
        assertThat(model.sizeProperty().get()).isEqualTo(commentsOf(Q1, Mark.NONE)).isPositive().isLessThan(all);
        assertThat(model.row(0).wave()).isEqualTo("2025-Q1");
    }

    @Test
    void searchAndClassesNarrowTheListAndTheCountSaysOfHowMany() throws Exception {
        compute(Q1, ENGLISH);
        int inFilter = model.sizeProperty().get();

        model.searchProperty().set("  INSTALLATION ");
        model.classShownProperty(ExperienceClass.SATISFIED).set(false);
        model.classShownProperty(ExperienceClass.INDIFFERENT).set(false);
        assertThat(choicesChanged.get()).isEqualTo(3);
        compute(Q1, ENGLISH);

        List<CommentRow> rows = rows();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.text().toLowerCase(Locale.ROOT)).contains("installation");
            assertThat(row.respondentClass()).isEqualTo(ExperienceClass.DELIGHTED);
        });
        int delighted = commentsOf(Q1, Mark.respondents(ExperienceClass.DELIGHTED));
        long expected = drillRows(Q1, Mark.respondents(ExperienceClass.DELIGHTED)).stream()
                .flatMap(r -> r.comments().stream()).filter(c -> c.text().toLowerCase(Locale.ROOT).contains("installation"))
                .count();
        assertThat(rows).hasSize((int) expected).hasSizeLessThan(delighted);
        assertThat(model.countProperty().get()).endsWith(String.format(Locale.ENGLISH,
                "(of %,d comments in the filter)", inFilter));
        assertThat(model.searchWords()).containsExactly("installation");
        assertThat(model.textParts(rows.get(0))).anySatisfy(part -> {
            assertThat(part.match()).isTrue();
            assertThat(part.text().toLowerCase(Locale.ROOT)).isEqualTo("installation");
        });

        model.searchProperty().set("no comment says xyzzy");
        compute(Q1, ENGLISH);
        assertThat(model.sizeProperty().get()).isZero();
        assertThat(model.emptyProperty().get()).isEqualTo("No comment matches; widen the search or the choices above.");
    }

    @Test
    void aTouchpointWithoutItsOwnQuestionKeepsItsRatersAndSaysSo() throws Exception {
        Touchpoint delivery = project.data().touchpoints().stream().filter(t -> t.name().equals("Delivery"))
                .findFirst().orElseThrow();
        compute(Q1, ENGLISH);
        assertThat(model.touchpoints()).contains(delivery).hasSize(project.data().touchpoints().size());

        model.touchpointProperty().set(delivery);
        compute(Q1, ENGLISH);

        assertThat(model.sizeProperty().get()).isEqualTo(commentsOf(Q1, Mark.experience(delivery, null)));
        assertThat(model.noteProperty().get()).isEqualTo(
                "No comment question is about Delivery: showing every comment of the respondents who rated it.");
        CommentRow first = model.row(0);
        assertThat(model.scores(first)).anySatisfy(chip -> {
            assertThat(chip.touchpoint()).isEqualTo("Delivery");
            assertThat(chip.chosen()).isTrue();
        });
    }

    @Test
    void rowsArriveAPageAtATimeAndCarryTheEnginesClasses() throws Exception {
        compute(Filter.NONE, ENGLISH);
        CommentList list = project.comments(Filter.NONE, CommentQuery.ALL);
        int ticks = model.rowsChangedProperty().get();

        assertThat(model.row(3)).isEqualTo(list.page(3, 1).get(0));
        assertThat(model.rowsChangedProperty().get()).isEqualTo(ticks);
        CommentRow later = model.row(CommentsViewModel.PAGE + 3);
        assertThat(model.rowsChangedProperty().get()).isEqualTo(ticks + 1);
        assertThat(later == null ? model.row(CommentsViewModel.PAGE + 3) : later)
                .isEqualTo(list.page(CommentsViewModel.PAGE + 3, 1).get(0));

        CommentRow row = model.row(0);
        assertThat(row.respondentClass()).isEqualTo(ExperienceClass.values()[
                project.engine().classLookup(project.scheme()).respondentClass(row.position())]);
        assertThat(model.meta(row)).startsWith("Respondent " + row.respondentId() + " · " + row.wave() + " · ");
        assertThat(model.scores(row)).hasSize((int) row.scores().stream().filter(s -> !Float.isNaN(s.value())).count());
        assertThat(model.row(model.sizeProperty().get())).isNull();
    }

    @Test
    void aCommentOpensItsWritersDrillDownAndCopiesAsText() throws Exception {
        compute(Q1, ENGLISH);
        CommentRow row = model.row(2);

        DrillDown drill = project.drillDown(Q1, model.respondent(row));
        assertThat(drill.count()).isEqualTo(1);
        assertThat(drill.page(0, 1).get(0).respondentId()).isEqualTo(row.respondentId());
        assertThat(drill.sentence().render(Locale.ENGLISH))
                .isEqualTo("respondent " + row.respondentId() + " · wave 2025-Q1: 1 respondent");

        List<String> copied = new ArrayList<>();
        model.copy(new int[] {2}, copied::add);
        assertThat(copied).containsExactly(row.respondentId() + "\t2025-Q1\t" + row.date() + "\t"
                + model.classWord(row).toLowerCase(Locale.ROOT) + "\tComment\t" + row.text() + "\n");
    }

    @Test
    void dutchCountsWithDutchNumbers() throws Exception {
        compute(Filter.NONE, ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl")));

        assertThat(model.countProperty().get()).isEqualTo(String.format(Locale.GERMANY, "%,d opmerkingen van %,d respondenten",
                model.sizeProperty().get(), respondentsWithComments(Filter.NONE, Mark.NONE)));
        assertThat(model.classWord(model.row(0))).isIn("Onverschillig", "Tevreden", "Enthousiast");
        assertThat(model.meta(model.row(0))).matches("Respondent \\S+ · 2025-Q\\d · \\d{1,2} [a-z]{3}\\.? 2025");
    }

    @Test
    void anotherProjectStartsWithEveryCommentWithoutRecomputingForTheReset() throws Exception {
        model.searchProperty().set("late");
        model.classShownProperty(ExperienceClass.DELIGHTED).set(false);
        int changes = choicesChanged.get();

        model.clear();

        assertThat(choicesChanged.get()).isEqualTo(changes);
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.classShownProperty(ExperienceClass.DELIGHTED).get()).isTrue();
        assertThat(model.sizeProperty().get()).isZero();
        assertThat(model.row(0)).isNull();
    }

    private List<CommentRow> rows() {
        List<CommentRow> rows = new ArrayList<>();
        for (int i = 0; i < model.sizeProperty().get(); i++) {
            CommentRow row = model.row(i);
            rows.add(row == null ? model.row(i) : row);
        }
        return rows;
    }

    /** Independently of the comments list: the drill-down's respondents and their stored comments. */
    private List<DrillRow> drillRows(Filter filter, Mark mark) throws Exception {
        DrillDown drill = project.drillDown(filter, mark);
        return drill.page(0, drill.count());
    }

    private int commentsOf(Filter filter, Mark mark) throws Exception {
        return drillRows(filter, mark).stream().mapToInt(r -> r.comments().size()).sum();
    }

    private int respondentsWithComments(Filter filter, Mark mark) throws Exception {
        return (int) drillRows(filter, mark).stream().filter(r -> !r.comments().isEmpty()).count();
    }
}
