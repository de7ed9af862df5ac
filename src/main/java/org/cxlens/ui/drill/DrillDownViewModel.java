package org.cxlens.ui.drill;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.DrillColumn;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.DrillRow;

/**
 * The respondents behind a mark as a table that reads its rows a page at a time, only the pages
 * the table asks for, and keeps a few of them: a 300,000-respondent selection never becomes
 * 300,000 row objects. Sorting, searching, copying and exporting run off the FX thread.
 */
public final class DrillDownViewModel {

    static final int PAGE = 100;
    private static final int PAGES_KEPT = 30;

    private final TaskRunner runner;
    private final ResourceBundle bundle;
    private final Locale locale;
    private DrillDown drill;
    private long version;
    private final Map<Integer, List<DrillRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DrillRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rowsChanged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pagesArrived = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private AtomicBoolean exportCancelled = new AtomicBoolean();

    public DrillDownViewModel(DrillDown drill, TaskRunner runner, ResourceBundle bundle) {
        this.runner = runner;
        this.bundle = bundle;
        this.locale = bundle.getLocale();
        sentence.set(drill.sentence().render(locale));
        use(drill);
    }

    /** Starts with the first page in hand, so the table's first rows need no round trip. */
    public DrillDownViewModel(ReadDrillDown read, TaskRunner runner, ResourceBundle bundle) {
        this(read.drill(), runner, bundle);
        pages.put(0, read.firstPage());
    }

    public List<DrillColumn> columns() {
        return drill.columns();
    }

    public String heading(DrillColumn column) {
        return column.label().render(locale);
    }

    /** Respondents behind the mark, whatever the search. */
    public int count() {
        return drill.count();
    }

    /**
     * The row at a table index, or null while its page is being read; the page arrives later and
     * {@link #pagesArrivedProperty()} ticks.
     */
    public DrillRow row(int index) {
        int page = index / PAGE;
        List<DrillRow> rows = pages.get(page);
        if (rows != null) {
            return index - page * PAGE < rows.size() ? rows.get(index - page * PAGE) : null;
        }
        if (loading.add(page)) {
            DrillDown reading = drill;
            long mine = version;
            runner.run(progress -> reading.page(page * PAGE, PAGE), read -> {
                if (mine == version) {
                    loading.remove(page);
                    pages.put(page, read);
                    pagesArrived.set(pagesArrived.get() + 1);
                }
            }, e -> failed(e));
        }
        return null;
    }

    public String cell(DrillRow row, DrillColumn column) {
        return DrillDown.shownCell(row, column, locale);
    }

    public void sort(DrillColumn column, boolean descending) {
        DrillDown current = drill;
        change(progress -> current.sortedBy(column, descending));
    }

    public void search(String text) {
        DrillDown current = drill;
        change(progress -> current.searchedFor(text));
    }

    /** The table rows, tab-separated, handed to {@code clipboard} on the FX thread. */
    public void copy(int[] tableRows, Consumer<String> clipboard) {
        DrillDown current = drill;
        runner.run(progress -> current.copyText(tableRows, locale), clipboard, this::failed);
    }

    /** Writes the table (search and sort applied) to CSV; {@link #cancelExport()} stops it and removes the file. */
    public void export(Path target, CsvDialect dialect) {
        DrillDown current = drill;
        AtomicBoolean cancelled = new AtomicBoolean();
        exportCancelled = cancelled;
        busy.set(true);
        status.set(format("drill.exporting", current.size(), target.getFileName()));
        runner.run(progress -> {
            current.exportCsv(target, dialect, new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get() || progress.isCancelled();
                }
            });
            return target;
        }, written -> {
            busy.set(false);
            status.set(format("drill.exported", current.size(), written));
        }, e -> {
            busy.set(false);
            status.set(cancelled.get() ? bundle.getString("drill.exportCancelled") : problem(e));
        });
    }

    public void cancelExport() {
        exportCancelled.set(true);
    }

    private void change(org.cxlens.ui.Tasks.Work<DrillDown> work) {
        busy.set(true);
        long mine = ++version;
        runner.run(work, changed -> {
            if (mine == version) {
                busy.set(false);
                use(changed);
            }
        }, this::failed);
    }

    private void use(DrillDown changed) {
        drill = changed;
        version++;
        pages.clear();
        loading.clear();
        size.set(changed.size());
        rowsChanged.set(rowsChanged.get() + 1);
        status.set(changed.search().isEmpty() ? "" : format("drill.found", changed.size(), changed.count()));
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(problem(e));
    }

    private String problem(Throwable e) {
        return e instanceof CxLensException cx ? cx.userMessage().render(locale)
                : UnexpectedError.logged(e).render(locale);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Rows in the table: those matching the search. */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Ticks whenever the table's rows changed (a sort, a search): every row shown is another now. */
    public ReadOnlyIntegerProperty rowsChangedProperty() {
        return rowsChanged.getReadOnlyProperty();
    }

    /** Ticks whenever a page of rows asked for arrived: only what waited for it changes. */
    public ReadOnlyIntegerProperty pagesArrivedProperty() {
        return pagesArrived.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Search results, export progress or a problem, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
