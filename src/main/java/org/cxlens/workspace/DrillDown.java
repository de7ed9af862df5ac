package org.cxlens.workspace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxlens.analysis.ClassLookup;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.CsvCells;
import org.cxlens.report.CsvDialect;
import org.cxlens.storage.StoredRespondent;

/**
 * The respondents behind a mark under a filter, as a table read a page at a time: the selection
 * is an int[] of positions into the project's loaded data, and a page reads only its own rows'
 * stored details (file id, source row, comments) from the project file. Sorting and searching
 * give a new DrillDown over the same respondents; this one is never changed.
 */
public final class DrillDown {

    /** Rows per read while exporting: one query pair per page, bounded memory. */
    private static final int EXPORT_PAGE = 1000;

    private final OpenProject project;
    private final Message sentence;
    private final List<Touchpoint> touchpoints;
    private final ClassLookup classes;
    /** Every selected respondent in the current sort order. */
    private final int[] ordered;
    /** The rows shown: {@code ordered} narrowed by the search, or {@code ordered} itself. */
    private final int[] view;
    private final String search;
    /** Experiences behind a department mark; -1 for other marks, which count respondents only. */
    private final int experiences;

    private DrillDown(OpenProject project, Message sentence, List<Touchpoint> touchpoints, ClassLookup classes,
                      int[] ordered, int[] view, String search, int experiences) {
        this.project = project;
        this.sentence = sentence;
        this.touchpoints = touchpoints;
        this.classes = classes;
        this.ordered = ordered;
        this.view = view;
        this.search = search;
        this.experiences = experiences;
    }

    static DrillDown of(OpenProject project, Filter filter, Mark mark) {
        List<Touchpoint> touchpoints = project.data().touchpoints().stream()
                .sorted(Comparator.comparingInt(Touchpoint::journeyOrder).thenComparingInt(Touchpoint::slot))
                .toList();
        ClassLookup classes = project.engine().classLookup(project.scheme());
        if (mark.department() != null) {
            Pooled pooled = departmentExperiences(project, filter, mark);
            return new DrillDown(project, DrillSentence.of(filter, mark, pooled.respondents().length, pooled.experiences()),
                    touchpoints, classes, pooled.respondents(), pooled.respondents(), "", pooled.experiences());
        }
        int[] rows = respondents(project, filter, mark);
        return new DrillDown(project, DrillSentence.of(filter, mark, rows.length), touchpoints, classes, rows, rows, "",
                -1);
    }

    /** A department bar's respondents (each once, ascending) and its experiences (one per respondent and touchpoint). */
    private record Pooled(int[] respondents, int experiences) {
    }

    /**
     * The experiences of a department bar segment: those of class c (any class when null) at
     * every touchpoint the department owns that the filter lets into the department measures,
     * as the engine pools them for the bar.
     */
    private static Pooled departmentExperiences(OpenProject project, Filter filter, Mark mark) {
        Filter narrowed = narrowedToGroup(filter, mark);
        Set<String> owners = filter.touchpointDepartments();
        if (narrowed == null || !owners.isEmpty() && !owners.contains(mark.department())) {
            return new Pooled(new int[0], 0);
        }
        BitSet respondents = new BitSet(project.data().size());
        int experiences = 0;
        for (Touchpoint t : project.data().touchpoints()) {
            if (mark.department().equals(t.department())) {
                int[] rows = project.engine().respondents(narrowed, project.scheme(), t, mark.experienceClass());
                experiences += rows.length;
                for (int r : rows) {
                    respondents.set(r);
                }
            }
        }
        return new Pooled(respondents.stream().toArray(), experiences);
    }

    /** The filter, narrowed to the mark's group when it has one; null when the filter excludes that group. */
    private static Filter narrowedToGroup(Filter filter, Mark mark) {
        return mark.grouping() == null ? filter : narrowed(filter, mark.grouping(), mark.groupValue());
    }

    /** Positions of the respondents behind the mark, ascending; the engine's own selection. */
    private static int[] respondents(OpenProject project, Filter filter, Mark mark) {
        if (mark.respondent() != null) {
            int position = mark.respondent().position();
            boolean passes = Arrays.binarySearch(project.engine().respondents(filter, project.scheme()), position) >= 0;
            return passes ? new int[] {position} : new int[0];
        }
        Filter narrowed = narrowedToGroup(filter, mark);
        if (narrowed == null) {
            return new int[0];
        }
        if (mark.touchpoint() != null) {
            return project.engine().respondents(narrowed, project.scheme(), mark.touchpoint(), mark.experienceClass());
        }
        if (mark.experienceClass() != null) {
            if (!narrowed.classes().isEmpty() && !narrowed.classes().contains(mark.experienceClass())) {
                return new int[0];
            }
            narrowed = narrowed.withClasses(EnumSet.of(mark.experienceClass()));
        }
        return project.engine().respondents(narrowed, project.scheme());
    }

    /** The filter restricted to one group, or null when the filter already excludes that group. */
    private static Filter narrowed(Filter filter, Grouping grouping, String value) {
        if (grouping instanceof Grouping.ByWave) {
            return allows(filter.waves(), value) ? filter.withWaves(Set.of(value)) : null;
        }
        if (grouping instanceof Grouping.ByRespondentDepartment) {
            return allows(filter.departments(), value) ? filter.withDepartments(Set.of(value)) : null;
        }
        if (grouping instanceof Grouping.BySegment s) {
            return allows(filter.segments().getOrDefault(s.name(), Set.of()), value)
                    ? filter.withSegment(s.name(), Set.of(value)) : null;
        }
        YearMonth month = YearMonth.parse(value);
        LocalDate from = filter.from() == null || filter.from().isBefore(month.atDay(1)) ? month.atDay(1) : filter.from();
        LocalDate to = filter.to() == null || filter.to().isAfter(month.atEndOfMonth()) ? month.atEndOfMonth()
                : filter.to();
        return from.isAfter(to) ? null : filter.withDates(from, to);
    }

    private static boolean allows(Set<String> kept, String value) {
        return kept.isEmpty() || kept.contains(value);
    }

    /** "Delivery · indifferent · wave 2025-Q3: 118 respondents". */
    public Message sentence() {
        return sentence;
    }

    /** Respondents behind the mark, whatever the search. */
    public int count() {
        return ordered.length;
    }

    /**
     * Experiences behind a department mark, whatever the search: a respondent counts once for
     * every touchpoint of the department where their experience is of the clicked class. The
     * department bar's n. Empty for other marks, where each respondent is one case.
     */
    public OptionalInt experiences() {
        return experiences < 0 ? OptionalInt.empty() : OptionalInt.of(experiences);
    }

    /** Rows in the table: those matching the search. */
    public int size() {
        return view.length;
    }

    public String search() {
        return search;
    }

    /** The touchpoints in journey order: the order of each row's scores. */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** Every column in table order. */
    public List<DrillColumn> columns() {
        List<DrillColumn> columns = new ArrayList<>();
        for (DrillColumn.Kind kind : List.of(DrillColumn.Kind.RESPONDENT_ID, DrillColumn.Kind.WAVE,
                DrillColumn.Kind.DATE, DrillColumn.Kind.SOURCE_FILE, DrillColumn.Kind.SOURCE_ROW,
                DrillColumn.Kind.CLASS, DrillColumn.Kind.CLASS_SOURCE)) {
            columns.add(DrillColumn.of(kind));
        }
        for (Touchpoint t : touchpoints) {
            columns.add(DrillColumn.score(t));
            columns.add(DrillColumn.experienceClass(t));
        }
        columns.add(DrillColumn.of(DrillColumn.Kind.COMMENT));
        return List.copyOf(columns);
    }

    /** Rows offset .. offset + limit - 1 of the table (fewer at its end). */
    public List<DrillRow> page(int offset, int limit) throws CxLensException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        int from = Math.min(offset, view.length);
        return rows(Arrays.copyOfRange(view, from, (int) Math.min(view.length, (long) from + limit)));
    }

    /**
     * The same respondents sorted on a column, missing values last either way; rows equal on it
     * keep their current order, so sorting on one column and then another sorts on both.
     */
    public DrillDown sortedBy(DrillColumn column, boolean descending) throws CxLensException {
        if (!column.sortable()) {
            throw new IllegalArgumentException(column.kind() + " cannot be sorted");
        }
        int[] sorted = RowSorter.sort(ordered, keys(column), descending);
        return new DrillDown(project, sentence, touchpoints, classes, sorted, searched(sorted, search), search,
                experiences);
    }

    /** The rows whose file respondent id or a comment contains the text; an empty text shows every row. */
    public DrillDown searchedFor(String text) throws CxLensException {
        String trimmed = text.strip();
        return new DrillDown(project, sentence, touchpoints, classes, ordered, searched(ordered, trimmed), trimmed,
                experiences);
    }

    private int[] searched(int[] rows, String text) throws CxLensException {
        if (text.isEmpty()) {
            return rows;
        }
        BitSet matches = new BitSet(project.data().size());
        for (int position : project.matchingRespondents(text)) {
            matches.set(position);
        }
        return Arrays.stream(rows).filter(matches::get).toArray();
    }

    /**
     * Writes every row of the table (the search applied, in the shown order) as CSV in the dialect
     * asked for, with English headings and words, streamed a page at a time; text cells are
     * neutralised against formula injection. An existing file is replaced; a cancelled or failed
     * export removes its file.
     */
    public void exportCsv(Path target, CsvDialect dialect, Progress progress) throws CxLensException {
        try {
            writeCsv(target, dialect, progress);
        } catch (CxLensException | RuntimeException e) {
            // A cancelled or failed export leaves no half-written file that looks complete.
            try {
                Files.deleteIfExists(target);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private void writeCsv(Path target, CsvDialect dialect, Progress progress) throws CxLensException {
        List<DrillColumn> columns = columns();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(columns.stream().map(c -> dialect.field(CsvCells.neutralised(c.csvHeader())))
                    .collect(Collectors.joining(String.valueOf(dialect.separator()))));
            out.write("\r\n");
            StringBuilder line = new StringBuilder();
            CellWords words = CellWords.in(Locale.ENGLISH);
            for (int offset = 0; offset < view.length; offset += EXPORT_PAGE) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                for (DrillRow row : page(offset, EXPORT_PAGE)) {
                    line.setLength(0);
                    appendRow(line, row, columns, words, Locale.ENGLISH, dialect);
                    out.append(line).append("\r\n");
                }
                progress.update(Math.min(view.length, offset + EXPORT_PAGE), view.length);
            }
        } catch (IOException e) {
            throw new CxLensException(Message.of("drill.export.failed", target, e.getMessage()), e);
        }
    }

    /** Tab-separated lines of the given table rows, every column, for the clipboard. */
    public String copyText(int[] tableRows, Locale locale) throws CxLensException {
        int[] positions = Arrays.stream(tableRows).map(i -> view[i]).toArray();
        List<DrillColumn> columns = columns();
        StringBuilder text = new StringBuilder();
        CellWords words = CellWords.in(locale);
        for (DrillRow row : rows(positions)) {
            appendRow(text, row, columns, words, locale, null);
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * A row's cells as CSV fields in {@code csv}'s dialect, or, when it is null, as the clipboard's
     * tab-separated text: built in one buffer, which writing 300,000 rows did in two-thirds of the
     * time a stream per row took.
     */
    private static void appendRow(StringBuilder line, DrillRow row, List<DrillColumn> columns, CellWords words,
                                  Locale locale, CsvDialect csv) {
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(csv != null ? csv.separator() : '\t');
            }
            String cell = cell(row, columns.get(c), words, locale, csv);
            line.append(csv != null ? csv.field(cell) : CsvCells.tsvField(cell));
        }
    }

    /** A cell as the table on screen shows it: the clipboard's text, the language's decimal mark. */
    public static String shownCell(DrillRow row, DrillColumn column, Locale locale) {
        return cell(row, column, CellWords.in(locale), locale, null);
    }

    /**
     * A cell as text: class words and class sources in the given language, scores as plain
     * numbers (the CSV dialect's decimal mark, or the language's without one), text neutralised.
     */
    private static String cell(DrillRow row, DrillColumn column, CellWords words, Locale locale, CsvDialect csv) {
        return switch (column.kind()) {
            case RESPONDENT_ID -> CsvCells.neutralised(row.respondentId());
            case WAVE -> CsvCells.neutralised(row.wave());
            case DATE -> row.date() == null ? "" : row.date().toString();
            case SOURCE_FILE -> CsvCells.neutralised(row.sourceFile());
            case SOURCE_ROW -> Integer.toString(row.sourceRow());
            case CLASS -> row.respondentClass() == null ? "" : words.classes().get(row.respondentClass());
            case CLASS_SOURCE -> words.sources().get(row.classSource());
            case SCORE -> number(row.scores().get(column.touchpoint().slot()).value(), locale, csv);
            case EXPERIENCE_CLASS -> {
                ExperienceClass c = row.scores().get(column.touchpoint().slot()).experienceClass();
                yield c == null ? "" : words.classes().get(c);
            }
            case COMMENT -> CsvCells.neutralised(comments(row.comments()));
        };
    }

    private static String number(float value, Locale locale, CsvDialect csv) {
        if (Float.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        if (csv != null) {
            // Through the float's own shortest text: 7.3f is "7.3", not the double 7.300000190734863.
            return csv.number(Double.parseDouble(Float.toString(value)));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** One comment as its text; several as "question: text" joined by " | ". */
    private static String comments(List<Comment> comments) {
        if (comments.size() == 1) {
            return comments.get(0).text();
        }
        return comments.stream().map(c -> c.question() + ": " + c.text()).collect(Collectors.joining(" | "));
    }

    private List<DrillRow> rows(int[] positions) throws CxLensException {
        List<StoredRespondent> stored = project.storedRespondents(positions);
        SurveyData data = project.data();
        List<String> files = project.importFileNames();
        List<DrillRow> rows = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            int r = positions[i];
            StoredRespondent s = stored.get(i);
            List<DrillRow.Score> scores = new ArrayList<>(data.touchpoints().size());
            for (int slot = 0; slot < data.touchpoints().size(); slot++) {
                scores.add(new DrillRow.Score(data.scores()[slot][r], classOrNull(classes.experienceClass(slot, r))));
            }
            int wave = data.wave().codes()[r];
            int day = data.epochDay()[r];
            rows.add(new DrillRow(r, s.id(), s.externalId(), wave < 0 ? null : data.wave().values().get(wave),
                    day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                    files.get(data.importIndex()[r]), s.sourceRow(), classOrNull(classes.respondentClass(r)),
                    classes.source(r), List.copyOf(scores), s.comments()));
        }
        return rows;
    }

    private static ExperienceClass classOrNull(int ordinal) {
        return ordinal < 0 ? null : ExperienceClass.values()[ordinal];
    }

    /** The sort key of every respondent on a column; {@link RowSorter#MISSING} where it has no value. */
    private RowSorter.Keys keys(DrillColumn column) throws CxLensException {
        SurveyData data = project.data();
        return switch (column.kind()) {
            case WAVE -> {
                int[] rank = RowSorter.ranks(data.wave().values());
                int[] codes = data.wave().codes();
                yield r -> codes[r] < 0 ? RowSorter.MISSING : rank[codes[r]];
            }
            case DATE -> r -> data.epochDay()[r] == Integer.MIN_VALUE ? RowSorter.MISSING : data.epochDay()[r];
            // Within one file, project order is row order: the importer numbers respondents as it reads.
            case SOURCE_FILE, SOURCE_ROW -> {
                int[] rank = RowSorter.ranks(project.importFileNames());
                int[] imports = data.importIndex();
                yield r -> rank[imports[r]];
            }
            case CLASS -> r -> orMissing(classes.respondentClass(r));
            case CLASS_SOURCE -> r -> classes.source(r).ordinal();
            case SCORE -> {
                float[] scores = data.scores()[column.touchpoint().slot()];
                yield r -> Float.isNaN(scores[r]) ? RowSorter.MISSING : RowSorter.floatKey(scores[r]);
            }
            case EXPERIENCE_CLASS -> {
                int slot = column.touchpoint().slot();
                yield r -> orMissing(classes.experienceClass(slot, r));
            }
            case RESPONDENT_ID, COMMENT -> throw new IllegalArgumentException(column.kind() + " cannot be sorted");
        };
    }

    private static int orMissing(int code) {
        return code < 0 ? RowSorter.MISSING : code;
    }
}
