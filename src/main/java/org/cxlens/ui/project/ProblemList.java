package org.cxlens.ui.project;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.ui.TaskRunner;
import org.cxlens.workspace.OpenProject;

/**
 * The problems of one import that match a search, read from the project a page at a time as the
 * table asks for rows, a few pages kept: a million problems never become a million row objects.
 */
public final class ProblemList {

    static final int PAGE = 200;
    private static final int PAGES_KEPT = 20;

    private final TaskRunner runner;
    private final Consumer<Throwable> failed;
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rowsChanged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final Map<Integer, List<ImportProblem>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ImportProblem>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private OpenProject project;
    private ImportInfo source;
    private String search = "";
    /** The language the reasons are shown in, and searched in besides English. */
    private Locale language = Locale.ENGLISH;
    private long version;

    ProblemList(TaskRunner runner, Consumer<Throwable> failed) {
        this.runner = runner;
        this.failed = failed;
    }

    /** Reads the count and first page of the import's problems matching the search; none for a null import. */
    void show(OpenProject open, ImportInfo chosen, String text, ResourceBundle bundle) {
        project = open;
        source = chosen;
        search = text == null ? "" : text;
        long mine = ++version;
        pages.clear();
        loading.clear();
        if (open == null || chosen == null) {
            size.set(0);
            count.set("");
            rowsChanged.set(rowsChanged.get() + 1);
            return;
        }
        language = bundle.getLocale();
        String searched = search;
        Locale in = language;
        runner.run(progress -> new FirstPage(open.problemCount(chosen.id(), searched, in),
                open.problems(chosen.id(), searched, in, 0, PAGE)), first -> {
                    if (mine == version) {
                        pages.put(0, first.rows());
                        size.set((int) Math.min(Integer.MAX_VALUE, first.count()));
                        count.set(new MessageFormat(bundle.getString(searched.isBlank() ? "project.problems.count"
                                : "project.problems.found"), bundle.getLocale())
                                .format(new Object[] {first.count(), chosen.counts().problems(), chosen.fileName()}));
                        rowsChanged.set(rowsChanged.get() + 1);
                    }
                }, failed);
    }

    private record FirstPage(long count, List<ImportProblem> rows) {
    }

    /** The problem at a table index, or null while its page is being read; {@link #rowsChangedProperty()} ticks when it arrives. */
    public ImportProblem row(int index) {
        if (project == null || source == null || index < 0 || index >= size.get()) {
            return null;
        }
        int page = index / PAGE;
        List<ImportProblem> rows = pages.get(page);
        if (rows != null) {
            return index - page * PAGE < rows.size() ? rows.get(index - page * PAGE) : null;
        }
        if (loading.add(page)) {
            OpenProject open = project;
            long importId = source.id();
            String searched = search;
            Locale in = language;
            long mine = version;
            runner.run(progress -> open.problems(importId, searched, in, (long) page * PAGE, PAGE), read -> {
                if (mine == version) {
                    loading.remove(page);
                    pages.put(page, read);
                    rowsChanged.set(rowsChanged.get() + 1);
                }
            }, failed);
        }
        return null;
    }

    ImportInfo source() {
        return source;
    }

    String search() {
        return search;
    }

    /** How many problems match. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Ticks when rows arrive or the list is another one. */
    public ReadOnlyIntegerProperty rowsChangedProperty() {
        return rowsChanged.getReadOnlyProperty();
    }

    /** "3 problems in wave1.csv" or "1 of 3 problems matches". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
