package org.cxlens.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cxlens.analysis.ClassLookup;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.CsvCells;
import org.cxlens.storage.CommentIndex;
import org.cxlens.storage.StoredRespondent;

/**
 * The comments of the respondents passing a filter, narrowed by a {@link CommentQuery}, as a list
 * read a page at a time: the selection is an int[] of entries of the project's comment index, and
 * a page reads only its own comments' texts and respondents' ids from the project file.
 *
 * <p>A touchpoint narrows the comments to the questions about it when the project has such
 * questions ("Comment [Delivery]"); otherwise to the comments of respondents who rated it, and
 * {@link #byRating()} says so.
 */
public final class CommentList {

    private final OpenProject project;
    private final CommentIndex index;
    private final int[] topics;
    private final List<Touchpoint> touchpoints;
    private final List<Touchpoint> choosable;
    private final ClassLookup classes;
    private final int[] shown;
    private final int inFilter;
    private final int respondents;
    private final List<String> questionsAbout;
    private final boolean byRating;

    private CommentList(OpenProject project, CommentIndex index, int[] topics, List<Touchpoint> touchpoints,
                        List<Touchpoint> choosable, ClassLookup classes, int[] shown, int inFilter, int respondents,
                        List<String> questionsAbout, boolean byRating) {
        this.project = project;
        this.index = index;
        this.topics = topics;
        this.touchpoints = touchpoints;
        this.choosable = choosable;
        this.classes = classes;
        this.shown = shown;
        this.inFilter = inFilter;
        this.respondents = respondents;
        this.questionsAbout = questionsAbout;
        this.byRating = byRating;
    }

    static CommentList of(OpenProject project, Filter filter, CommentQuery query) throws CxLensException {
        CommentIndex index = project.commentIndex();
        List<Touchpoint> touchpoints = project.data().touchpoints().stream()
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot))
                .toList();
        List<Touchpoint> choosable = touchpoints.stream().filter(t -> filter.touchpointDepartments().isEmpty()
                || filter.touchpointDepartments().contains(t.department())).toList();
        int[] topics = CommentTopics.of(index.questionNames(), touchpoints);
        ClassLookup classes = project.engine().classLookup(project.scheme());
        BitSet passing = positions(project.engine().respondents(filter, project.scheme()));

        Touchpoint about = query.touchpoint();
        List<String> questionsAbout = about == null ? List.of() : IntStream.range(0, topics.length)
                .filter(q -> topics[q] == about.slot()).mapToObj(index.questionNames()::get).toList();
        boolean byRating = about != null && questionsAbout.isEmpty();
        BitSet rated = byRating
                ? positions(project.engine().respondents(filter, project.scheme(), about, null)) : null;
        List<String> words = query.words();
        BitSet found = words.isEmpty() ? null
                : project.commentsContaining(index, words);
        boolean[] classShown = new boolean[ExperienceClass.values().length];
        query.classes().forEach(c -> classShown[c.ordinal()] = true);

        int[] kept = new int[index.size()];
        int count = 0;
        int inFilter = 0;
        BitSet who = new BitSet(project.data().size());
        int[] positions = index.positions();
        int[] questions = index.questions();
        for (int e = 0; e < kept.length; e++) {
            int r = positions[e];
            if (!passing.get(r)) {
                continue;
            }
            inFilter++;
            if (!query.everyClass()) {
                int c = classes.respondentClass(r);
                if (c < 0 || !classShown[c]) {
                    continue;
                }
            }
            if (about != null && (byRating ? !rated.get(r) : topics[questions[e]] != about.slot())) {
                continue;
            }
            if (found != null && !found.get(e)) {
                continue;
            }
            kept[count++] = e;
            who.set(r);
        }
        return new CommentList(project, index, topics, touchpoints, choosable, classes, Arrays.copyOf(kept, count),
                inFilter, who.cardinality(), questionsAbout, byRating);
    }

    private static BitSet positions(int[] rows) {
        BitSet bits = new BitSet();
        for (int r : rows) {
            bits.set(r);
        }
        return bits;
    }

    /** Comments shown: those of the filtered respondents that pass the query. */
    public int size() {
        return shown.length;
    }

    /** The respondents who wrote the comments shown. */
    public int respondents() {
        return respondents;
    }

    /** Comments of the filtered respondents, whatever the query. */
    public int inFilter() {
        return inFilter;
    }

    /** Whether the project holds any comment at all, whatever the filter. */
    public boolean projectHasComments() {
        return index.size() > 0;
    }

    /** Whether the project asked more than one open question: rows then name theirs. */
    public boolean severalQuestions() {
        return index.questionNames().size() > 1;
    }

    /** The touchpoints in journey order: the order of each row's scores. */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** The touchpoints the query may name: those the filter's touchpoint departments own, in journey order. */
    public List<Touchpoint> choosable() {
        return choosable;
    }

    /** The questions about the query's touchpoint whose answers are shown; empty without a touchpoint or when judged by rating. */
    public List<String> questionsAbout() {
        return questionsAbout;
    }

    /** Whether the query's touchpoint, having no question of its own, kept the comments of the respondents who rated it. */
    public boolean byRating() {
        return byRating;
    }

    /** Comments offset .. offset + limit - 1 of the list (fewer at its end). */
    public List<CommentRow> page(int offset, int limit) throws CxLensException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        int from = Math.min(offset, shown.length);
        return rows(Arrays.copyOfRange(shown, from, (int) Math.min(shown.length, (long) from + limit)));
    }

    /** Tab-separated lines of the given list rows: respondent, wave, date, class, question, comment. */
    public String copyText(int[] listRows, Locale locale) throws CxLensException {
        StringBuilder text = new StringBuilder();
        for (CommentRow row : rows(Arrays.stream(listRows).map(i -> shown[i]).toArray())) {
            text.append(List.of(nullToEmpty(row.respondentId()), nullToEmpty(row.wave()),
                            row.date() == null ? "" : row.date().toString(),
                            row.respondentClass() == null ? ""
                                    : DrillSentence.classWord(row.respondentClass()).render(locale),
                            row.question(), row.text()).stream()
                    .map(cell -> CsvCells.tsvField(CsvCells.neutralised(cell)))
                    .collect(Collectors.joining("\t")));
            text.append('\n');
        }
        return text.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private List<CommentRow> rows(int[] entries) throws CxLensException {
        long[] rowIds = Arrays.stream(entries).mapToLong(e -> index.rowIds()[e]).toArray();
        int[] positions = Arrays.stream(entries).map(e -> index.positions()[e]).toArray();
        List<Comment> comments = project.storedComments(rowIds);
        List<StoredRespondent> stored = project.storedRespondents(positions);
        SurveyData data = project.data();
        List<CommentRow> rows = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            int r = positions[i];
            List<DrillRow.Score> scores = new ArrayList<>(touchpoints.size());
            for (Touchpoint t : touchpoints) {
                int c = classes.experienceClass(t.slot(), r);
                scores.add(new DrillRow.Score(data.scores()[t.slot()][r], c < 0 ? null : ExperienceClass.values()[c]));
            }
            int topic = topics[index.questions()[entries[i]]];
            int wave = data.wave().codes()[r];
            int day = data.epochDay()[r];
            int respondentClass = classes.respondentClass(r);
            rows.add(new CommentRow(r, stored.get(i).externalId(),
                    respondentClass < 0 ? null : ExperienceClass.values()[respondentClass],
                    comments.get(i).question(), topic < 0 ? null : touchpointInSlot(topic), comments.get(i).text(),
                    wave < 0 ? null : data.wave().values().get(wave),
                    day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day), List.copyOf(scores)));
        }
        return rows;
    }

    private Touchpoint touchpointInSlot(int slot) {
        return touchpoints.stream().filter(t -> t.slot() == slot).findFirst().orElseThrow();
    }
}
