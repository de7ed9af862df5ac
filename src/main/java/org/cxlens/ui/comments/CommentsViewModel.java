package org.cxlens.ui.comments;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.CommentList;
import org.cxlens.workspace.CommentQuery;
import org.cxlens.workspace.CommentRow;
import org.cxlens.workspace.DrillRow;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;

/**
 * State of the comments page: the search, class and touchpoint choices, and the comments of the
 * window's filter that pass them, read a page at a time as the list asks for rows and a few pages
 * kept: a million comments never become a million row objects. Holds no controls.
 */
public final class CommentsViewModel extends PageModel<CommentsFigures> {

    static final int PAGE = 50;
    private static final int PAGES_KEPT = 40;

    private final TaskRunner runner;
    private final StringProperty search = new SimpleStringProperty("");
    private final Map<ExperienceClass, BooleanProperty> classes = new EnumMap<>(ExperienceClass.class);
    private final ObjectProperty<Touchpoint> touchpoint = new SimpleObjectProperty<>();
    private final ObservableList<Touchpoint> touchpoints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rowsChanged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper severalQuestions = new ReadOnlyBooleanWrapper();
    private final Map<Integer, List<CommentRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<CommentRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private CommentsFigures shown;
    private long version;
    /** Set while the page puts its own choices back: that is no user's change to recompute for. */
    private boolean resetting;

    public CommentsViewModel(TaskRunner runner) {
        this.runner = runner;
        search.addListener((obs, old, text) -> changed());
        for (ExperienceClass c : ExperienceClass.values()) {
            BooleanProperty shownClass = new SimpleBooleanProperty(true);
            shownClass.addListener((obs, old, on) -> changed());
            classes.put(c, shownClass);
        }
        touchpoint.addListener((obs, old, t) -> changed());
    }

    private void changed() {
        if (!resetting) {
            choicesChanged();
        }
    }

    // ---- the page's choices ---------------------------------------------------------------------

    /** Words every comment shown contains, in any case. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Whether the comments of respondents of this class are shown. */
    public BooleanProperty classShownProperty(ExperienceClass c) {
        return classes.get(c);
    }

    /** The touchpoint the comments are about; null for all. */
    public ObjectProperty<Touchpoint> touchpointProperty() {
        return touchpoint;
    }

    /** The touchpoints to choose from, in journey order. */
    public ObservableList<Touchpoint> touchpoints() {
        return touchpoints;
    }

    private CommentQuery query() {
        Set<ExperienceClass> chosen = EnumSet.noneOf(ExperienceClass.class);
        classes.forEach((c, on) -> {
            if (on.get()) {
                chosen.add(c);
            }
        });
        return new CommentQuery(search.get(), chosen, touchpoint.get());
    }

    // ---- figures ------------------------------------------------------------------------------

    @Override
    public Tasks.Work<CommentsFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        CommentQuery query = query();
        return progress -> {
            CommentList list = project.comments(filter, query);
            return new CommentsFigures(list, query, list.page(0, PAGE), bundle, countText(list, bundle),
                    noteText(list, query, bundle), emptyText(list, bundle));
        };
    }

    private static String countText(CommentList list, ResourceBundle bundle) {
        String count = format(bundle, "comments.count", list.size(), list.respondents());
        return list.size() < list.inFilter() ? count + " " + format(bundle, "comments.count.of", list.inFilter())
                : count;
    }

    private static String noteText(CommentList list, CommentQuery query, ResourceBundle bundle) {
        if (query.touchpoint() == null) {
            return "";
        }
        if (list.byRating()) {
            return format(bundle, "comments.about.rated", query.touchpoint().name());
        }
        return format(bundle, "comments.about.questions", list.questionsAbout().size(),
                list.questionsAbout().stream().map(q -> "“" + q + "”").collect(Collectors.joining(", ")));
    }

    private static String emptyText(CommentList list, ResourceBundle bundle) {
        if (!list.projectHasComments()) {
            return bundle.getString("comments.empty.project");
        }
        return bundle.getString(list.inFilter() == 0 ? "comments.empty.filter" : "comments.empty.query");
    }

    @Override
    public void show(CommentsFigures figures) {
        shown = figures;
        version++;
        pages.clear();
        loading.clear();
        pages.put(0, figures.firstPage());
        List<Touchpoint> choosable = figures.list().choosable();
        if (!choosable.equals(touchpoints)) {
            resetting = true;
            touchpoints.setAll(choosable);
            resetting = false;
        }
        count.set(figures.count());
        note.set(figures.note());
        empty.set(figures.empty());
        problem.set("");
        severalQuestions.set(figures.list().severalQuestions());
        size.set(figures.list().size());
        rowsChanged.set(rowsChanged.get() + 1);
    }

    /** A new project: its comments are not read yet, and the last project's choices no longer apply. */
    @Override
    public void clear() {
        shown = null;
        version++;
        pages.clear();
        loading.clear();
        resetting = true;
        search.set("");
        classes.values().forEach(on -> on.set(true));
        touchpoint.set(null);
        touchpoints.clear();
        resetting = false;
        count.set("");
        note.set("");
        empty.set("");
        problem.set("");
        size.set(0);
        rowsChanged.set(rowsChanged.get() + 1);
    }

    // ---- rows ----------------------------------------------------------------------------------

    /**
     * The comment at a list index, or null while its page is being read; the page arrives later
     * and {@link #rowsChangedProperty()} ticks.
     */
    public CommentRow row(int index) {
        if (shown == null || index < 0 || index >= size.get()) {
            return null;
        }
        int page = index / PAGE;
        List<CommentRow> rows = pages.get(page);
        if (rows != null) {
            return index - page * PAGE < rows.size() ? rows.get(index - page * PAGE) : null;
        }
        if (loading.add(page)) {
            CommentList reading = shown.list();
            long mine = version;
            runner.run(progress -> reading.page(page * PAGE, PAGE), read -> {
                if (mine == version) {
                    loading.remove(page);
                    pages.put(page, read);
                    rowsChanged.set(rowsChanged.get() + 1);
                }
            }, this::failed);
        }
        return null;
    }

    /** Changes whenever the list is another one (new figures, or none); not when pages of it arrive. */
    public long listVersion() {
        return version;
    }

    /** The search words of the comments shown, for marking them in the text. */
    public List<String> searchWords() {
        return shown == null ? List.of() : shown.query().words();
    }

    /** The comment's text in pieces, the search's words marked. */
    List<Highlights.Part> textParts(CommentRow row) {
        return Highlights.of(row.text(), searchWords());
    }

    /** "Respondent R0123 · 2025-Q3 · 14 Aug 2025": who wrote it and when, in the list's language. */
    public String meta(CommentRow row) {
        ResourceBundle bundle = shown.bundle();
        StringBuilder text = new StringBuilder(row.respondentId() == null ? bundle.getString("comments.noId")
                : format(bundle, "comments.meta.respondent", row.respondentId()));
        if (row.wave() != null) {
            text.append(" · ").append(row.wave());
        }
        if (row.date() != null) {
            text.append(" · ").append(DateTimeFormatter.ofPattern("d MMM yyyy", bundle.getLocale()).format(row.date()));
        }
        if (severalQuestions.get()) {
            text.append(" · ").append(row.question());
        }
        return text.toString();
    }

    /** The respondent's class in words: "Delighted", or that there is nothing to classify from. */
    public String classWord(CommentRow row) {
        ResourceBundle bundle = shown.bundle();
        return row.respondentClass() == null ? bundle.getString("comments.class.none")
                : bundle.getString("class." + row.respondentClass().name().toLowerCase(Locale.ROOT));
    }

    /** The touchpoints the respondent scored, in journey order, with score and class. */
    public List<ScoreChip> scores(CommentRow row) {
        List<Touchpoint> order = shown.list().touchpoints();
        NumberFormat number = NumberFormat.getNumberInstance(shown.bundle().getLocale());
        number.setMaximumFractionDigits(2);
        return IntStream.range(0, order.size())
                .filter(i -> !Float.isNaN(row.scores().get(i).value()))
                .mapToObj(i -> {
                    DrillRow.Score score = row.scores().get(i);
                    Touchpoint t = order.get(i);
                    return new ScoreChip(t.name(), number.format(score.value()), score.experienceClass(),
                            t.equals(touchpoint.get()) || t.equals(row.about()));
                }).toList();
    }

    /**
     * A touchpoint score as the list shows it.
     *
     * @param chosen whether it is the touchpoint the comments are narrowed to, or the comment is about
     */
    public record ScoreChip(String touchpoint, String score, ExperienceClass experienceClass, boolean chosen) {
    }

    /** The drill-down of the comment's writer: that one respondent, every answer. */
    public Mark respondent(CommentRow row) {
        return Mark.respondent(row.position(), row.respondentId());
    }

    /** The list rows, tab-separated, handed to {@code clipboard} on the FX thread. */
    public void copy(int[] listRows, Consumer<String> clipboard) {
        if (shown == null || listRows.length == 0) {
            return;
        }
        CommentList list = shown.list();
        Locale locale = shown.bundle().getLocale();
        runner.run(progress -> list.copyText(listRows, locale), clipboard, this::failed);
    }

    private void failed(Throwable e) {
        Locale locale = shown == null ? Locale.getDefault() : shown.bundle().getLocale();
        problem.set(e instanceof CxLensException cx ? cx.userMessage().render(locale)
                : UnexpectedError.logged(e).render(locale));
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    // ---- what the view shows -------------------------------------------------------------------

    /** "412 comments from 398 respondents". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** How the chosen touchpoint narrows the comments; empty without one. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** A page or the clipboard text that could not be read; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Comments in the list. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Ticks whenever rows arrived or the list changed; the view redraws its visible rows. */
    public ReadOnlyIntegerProperty rowsChangedProperty() {
        return rowsChanged.getReadOnlyProperty();
    }

    /** Whether the project asked more than one open question, so each comment names its own. */
    public ReadOnlyBooleanProperty severalQuestionsProperty() {
        return severalQuestions.getReadOnlyProperty();
    }
}
