package org.cxlens.importer.load;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.CutOffRecord;
import org.cxlens.importer.Preview;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.JourneyOrder;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingCheck;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.importer.mapping.TouchpointSetting;

/**
 * The import loop: reads every row through the mapping, hands respondents and problems to the
 * sink, and never drops a bad cell silently (it becomes NaN or null plus a problem). The caller
 * owns the sink's transaction (commit or close) and closes the row source.
 *
 * <p>Wide files give one respondent per row. Long files give one row per respondent × touchpoint;
 * rows are grouped by respondent id and the respondents are handed over at the end, in the order
 * their ids first appeared (so memory grows with the number of respondents). Their touchpoints are
 * declared then too, in the journey order the respondents' rows show ({@link JourneyOrder}).
 *
 * <p>What real files get wrong is reported, and the row kept where its data can still be trusted:
 * a row with fewer cells than the header is imported with the missing cells empty (writers drop
 * trailing empty cells) plus a problem; a record cut off at the end of the file is skipped with a
 * problem; a mapped weight that is empty or unusable leaves the respondent at weight 1 with a
 * problem, so weighted figures keep everyone and say who was not weighted.
 */
public final class SurveyImporter {

    /** Progress is reported and cancel polled once per this many rows (a power of two). */
    private static final int TICK = 1024;

    private final String fileWave;

    public SurveyImporter() {
        this(null);
    }

    /**
     * @param fileWave the wave of every respondent (a file per wave), or null to read the mapped wave
     *                 column; when both are given the file's wave wins and the column is kept as an attribute
     */
    public SurveyImporter(String fileWave) {
        this.fileWave = fileWave == null || fileWave.isBlank() ? null : fileWave.strip();
    }

    public ImportCounts run(Preview preview, RowSource rows, Mapping given, ImportSink sink, Progress progress)
            throws CxLensException {
        Mapping mapping = given.resolvedFor(preview.columns());
        List<ImportProblem> warnings = MappingCheck.check(mapping, preview);
        ProblemLog problems = new ProblemLog(sink);
        for (ImportProblem w : warnings) {
            problems.add(w);
        }
        Mapping read = fileWave == null ? mapping : waveColumnsAsAttributes(mapping, problems);
        ColumnPlan plan = new ColumnPlan(preview, read, problems);
        sink.attributes(plan.attributeNames());
        Run run = read.shape() == Shape.WIDE
                ? new WideRun(plan, problems, sink, progress, rows, fileWave)
                : new LongRun(plan, read, problems, sink, progress, rows, fileWave);
        run.readAll();
        CutOffRecord cut = rows.cutOff();
        if (cut != null) {
            run.rowsRead++;
            run.skipped++;
            problems.report(cut.firstLine(), null, null, "importer.load.cutOffRecord", cut.firstLine(), cut.lastLine());
        }
        problems.summarise();
        progress.update(run.rowsRead, run.rowsRead);
        return new ImportCounts(run.rowsRead, run.respondents, run.skipped, problems.count());
    }

    /** The file's wave replaces the mapped wave column, whose values are kept (as an attribute) and not lost. */
    private Mapping waveColumnsAsAttributes(Mapping mapping, ProblemLog problems) throws CxLensException {
        Mapping out = mapping;
        for (ColumnMapping c : mapping.columnsWith(ColumnRole.WAVE)) {
            out = out.withColumn(c.withRole(ColumnRole.SEGMENT));
            problems.report(0, c.column(), null, "importer.load.waveColumnOverridden", fileWave);
        }
        return out;
    }

    /** What wide and long imports share: the row loop, progress, and the respondent-level cells. */
    private abstract static class Run {
        final ColumnPlan plan;
        final ProblemLog problems;
        final ImportSink sink;
        final Progress progress;
        final RowSource rows;
        final CellValues text;
        final String fileWave;
        long rowsRead;
        long respondents;
        long skipped;

        Run(ColumnPlan plan, ProblemLog problems, ImportSink sink, Progress progress, RowSource rows,
            String fileWave) {
            this.plan = plan;
            this.problems = problems;
            this.sink = sink;
            this.progress = progress;
            this.rows = rows;
            this.text = plan.text;
            this.fileWave = fileWave;
        }

        void readAll() throws CxLensException {
            checkCancel();
            SourceRow row;
            SourceRow lastShort = null;
            while ((row = rows.next()) != null) {
                rowsRead++;
                if ((rowsRead & (TICK - 1)) == 0) {
                    tick();
                }
                lastShort = checkWidth(row) ? row : null;
                reportCleaned(row);
                accept(row.cells(), row.rowNumber());
            }
            if (lastShort != null) {
                // A short last row is what a file cut off in its last line looks like; its last cell may be cut too.
                problems.report(lastShort.rowNumber(), null, null, "importer.load.shortLastRow");
            }
            finish();
        }

        abstract void accept(String[] cells, int rowNumber) throws CxLensException;

        void finish() throws CxLensException {
        }

        final void tick() throws CxLensException {
            checkCancel();
            double f = rows.fractionRead();
            long estimate = f > 0 ? Math.max(rowsRead, Math.round(rowsRead / f)) : -1;
            progress.update(rowsRead, estimate);
        }

        final void checkCancel() throws CancelledException {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
        }

        /** Every cell the reader removed control characters from is listed, with what is left of it. */
        private void reportCleaned(SourceRow row) throws CxLensException {
            for (int column : rows.cleanedColumns()) {
                String name = column < plan.names.length ? plan.names[column] : null;
                problems.report(row.rowNumber(), name, cell(row.cells(), column), "importer.load.controlCharacters");
            }
        }

        /** Reports a row with extra cells or with too few; true when it has too few. */
        private boolean checkWidth(SourceRow row) throws CxLensException {
            String[] cells = row.cells();
            if (cells.length < plan.columnCount) {
                problems.report(row.rowNumber(), null, null, "importer.load.shortRow", cells.length, plan.columnCount);
                return true;
            }
            for (int i = plan.columnCount; i < cells.length; i++) {
                if (cells[i] != null && !CellValues.isBlank(cells[i])) {
                    problems.report(row.rowNumber(), null, cells[i], "importer.load.extraCells",
                            cells.length, plan.columnCount);
                    return false;
                }
            }
            return false;
        }

        static String cell(String[] cells, int index) {
            if (index >= cells.length) {
                return "";
            }
            String s = cells[index];
            return s == null ? "" : s;
        }

        /** The trimmed text of a cell, or null when it is empty or a missing code. */
        final String textOf(String[] cells, int index) {
            if (index < 0) {
                return null;
            }
            String raw = cell(cells, index);
            if (raw.isEmpty()) {
                return null;
            }
            String t = raw.trim();
            return t.isEmpty() || text.isMissingText(t) ? null : t;
        }

        final LocalDateTime date(String[] cells, int row) throws CxLensException {
            String t = textOf(cells, plan.date);
            if (t == null) {
                return null;
            }
            LocalDateTime d = plan.parseDate(t);
            if (d == null) {
                problems.report(row, plan.names[plan.date], t, "importer.load.badDate", t);
            }
            return d;
        }

        /** The file's wave, else the wave column's text. */
        final String wave(String[] cells) {
            return fileWave != null ? fileWave : textOf(cells, plan.wave);
        }

        /**
         * The weight, or NaN when there is no weight column or no usable weight: storage then gives
         * weight 1, so a respondent without a weight still counts, as an average respondent.
         *
         * @param reportEmpty whether an empty cell is a problem (not in long files, whose later rows may give it)
         */
        final double weight(String[] cells, int row, boolean reportEmpty) throws CxLensException {
            if (plan.weight < 0) {
                return Double.NaN;
            }
            String t = textOf(cells, plan.weight);
            if (t == null) {
                if (reportEmpty) {
                    problems.report(row, plan.names[plan.weight], cell(cells, plan.weight).trim(),
                            "importer.load.missingWeight");
                }
                return Double.NaN;
            }
            double w = plan.weightParser.parse(t);
            if (!(w > 0) || Double.isInfinite(w)) {
                problems.report(row, plan.names[plan.weight], t, "importer.load.badWeight", t);
                return Double.NaN;
            }
            return w;
        }

        final double score(ScoreReader reader, String[] cells, int index, int row) throws CxLensException {
            return index < 0 ? Double.NaN : reader.read(cell(cells, index), row);
        }

        final Expectation expectation(ExpectationReader reader, String[] cells, int index, int row)
                throws CxLensException {
            return index < 0 ? null : reader.read(cell(cells, index), row);
        }
    }

    private static final class WideRun extends Run {
        private final int[] scoreColumns;
        private final ScoreReader[] scoreReaders;
        private final int[] scoreSlots;
        private final int[] expectationColumns;
        private final ExpectationReader[] expectationReaders;
        private final int[] expectationSlots;
        private final int slotCount;
        private final FirstRows firstRowOfId = new FirstRows();

        WideRun(ColumnPlan plan, ProblemLog problems, ImportSink sink, Progress progress, RowSource rows,
                String fileWave) throws CxLensException {
            super(plan, problems, sink, progress, rows, fileWave);
            Map<String, Integer> slots = plan.declareTouchpoints(sink);
            int max = -1;
            for (int s : slots.values()) {
                max = Math.max(max, s);
            }
            slotCount = max + 1;
            scoreColumns = plan.scoreColumns.stream().mapToInt(Integer::intValue).toArray();
            scoreReaders = plan.scoreReaders.toArray(ScoreReader[]::new);
            scoreSlots = plan.scoreTouchpoints.stream().mapToInt(slots::get).toArray();
            expectationColumns = plan.expectationColumns.stream().mapToInt(Integer::intValue).toArray();
            expectationReaders = plan.expectationReaders.toArray(ExpectationReader[]::new);
            expectationSlots = plan.expectationTouchpoints.stream().mapToInt(slots::get).toArray();
        }

        @Override
        void accept(String[] cells, int row) throws CxLensException {
            String id = null;
            if (plan.id >= 0) {
                id = cell(cells, plan.id).trim();
                if (id.isEmpty()) {
                    problems.report(row, plan.names[plan.id], "", "importer.load.missingId");
                    id = null;
                } else {
                    int first = firstRowOfId.putIfAbsent(id, row);
                    if (first != 0) {
                        problems.report(row, plan.names[plan.id], id, "importer.load.duplicateId", id, first);
                        skipped++;
                        return;
                    }
                }
            }
            double[] scores = new double[slotCount];
            Arrays.fill(scores, Double.NaN);
            for (int k = 0; k < scoreColumns.length; k++) {
                scores[scoreSlots[k]] = scoreReaders[k].read(cell(cells, scoreColumns[k]), row);
            }
            Expectation[] expectations = new Expectation[slotCount];
            for (int k = 0; k < expectationColumns.length; k++) {
                expectations[expectationSlots[k]] = expectationReaders[k].read(cell(cells, expectationColumns[k]), row);
            }
            String[] attributes = new String[plan.attributeColumns.length];
            for (int a = 0; a < attributes.length; a++) {
                String raw = cell(cells, plan.attributeColumns[a]);
                if (!raw.isEmpty() && !CellValues.isBlank(raw)) {
                    attributes[a] = raw.trim();
                }
            }
            List<Comment> comments = List.of();
            for (int i : plan.commentColumns) {
                String t = textOf(cells, i);
                if (t != null) {
                    if (comments.isEmpty()) {
                        comments = new ArrayList<>(2);
                    }
                    comments.add(new Comment(plan.names[i], t));
                }
            }
            sink.respondent(new RespondentRecord(id, row, textOf(cells, plan.department), wave(cells),
                    date(cells, row), weight(cells, row, true),
                    score(plan.overallReader, cells, plan.overall, row),
                    expectation(plan.overallExpectationReader, cells, plan.overallExpectation, row),
                    score(plan.recommendReader, cells, plan.recommend, row),
                    scores, expectations, attributes, comments));
            respondents++;
        }
    }

    private static final class LongRun extends Run {
        private final Map<String, LongRespondent> byId = new LinkedHashMap<>();
        /** Touchpoint name → local index, in order of first appearance; declared to the sink at the end. */
        private final Map<String, Integer> localOf = new LinkedHashMap<>();
        private final Map<String, String> ownerOf = new HashMap<>();
        private final Map<String, Integer> ownerRow = new HashMap<>();
        private final JourneyOrder journey = new JourneyOrder();
        private final Mapping mapping;
        private final int scoreColumn;
        private final ScoreReader scoreReader;
        private final int expectationColumn;
        private final ExpectationReader expectationReader;

        LongRun(ColumnPlan plan, Mapping mapping, ProblemLog problems, ImportSink sink, Progress progress,
                RowSource rows, String fileWave) {
            super(plan, problems, sink, progress, rows, fileWave);
            this.mapping = mapping;
            scoreColumn = plan.scoreColumns.isEmpty() ? -1 : plan.scoreColumns.get(0);
            scoreReader = plan.scoreReaders.isEmpty() ? null : plan.scoreReaders.get(0);
            expectationColumn = plan.expectationColumns.isEmpty() ? -1 : plan.expectationColumns.get(0);
            expectationReader = plan.expectationReaders.isEmpty() ? null : plan.expectationReaders.get(0);
        }

        @Override
        void accept(String[] cells, int row) throws CxLensException {
            String id = cell(cells, plan.id).trim();
            if (id.isEmpty()) {
                problems.report(row, plan.names[plan.id], "", "importer.load.missingIdLong");
                skipped++;
                return;
            }
            String touchpoint = textOf(cells, plan.touchpoint);
            if (touchpoint == null) {
                problems.report(row, plan.names[plan.touchpoint], cell(cells, plan.touchpoint),
                        "importer.load.missingTouchpoint");
                skipped++;
                return;
            }
            String owner = textOf(cells, plan.department);
            int local = localFor(touchpoint, owner, row);
            LongRespondent r = byId.get(id);
            if (r == null) {
                r = new LongRespondent(id, row, plan.attributeColumns.length);
                byId.put(id, r);
            }
            int earlier = r.claim(local, row);
            if (earlier != 0) {
                problems.report(row, plan.names[plan.touchpoint], touchpoint, "importer.load.duplicateTouchpoint",
                        id, touchpoint, earlier);
                skipped++;
                return;
            }
            if (r.lastTouchpoint >= 0) {
                journey.observe(r.lastTouchpoint, local);
            }
            r.lastTouchpoint = local;
            r.answer(local, score(scoreReader, cells, scoreColumn, row),
                    expectation(expectationReader, cells, expectationColumn, row));
            gatherRespondentCells(r, cells, row, touchpoint);
        }

        private int localFor(String touchpoint, String owner, int row) throws CxLensException {
            Integer local = localOf.get(touchpoint);
            if (local == null) {
                local = localOf.size();
                localOf.put(touchpoint, local);
            }
            if (owner != null) {
                String known = ownerOf.putIfAbsent(touchpoint, owner);
                if (known == null) {
                    ownerRow.put(touchpoint, row);
                } else if (!known.equals(owner)) {
                    problems.report(row, plan.names[plan.department], owner, "importer.load.ownerConflict",
                            touchpoint, known, ownerRow.get(touchpoint), owner);
                }
            }
            return local;
        }

        /** Declares the touchpoints in journey order; returns each local index's slot. */
        private int[] declareTouchpoints() throws CxLensException {
            List<String> names = new ArrayList<>(localOf.keySet());
            int[] order = journey.order(names.size());
            int[] slotOfLocal = new int[names.size()];
            for (int position = 0; position < order.length; position++) {
                String name = names.get(order[position]);
                TouchpointSetting setting = mapping.touchpointSetting(name);
                String owner = setting != null && setting.department() != null
                        ? setting.department() : ownerOf.get(name);
                MomentType type = setting != null && setting.momentType() != null ? setting.momentType()
                        : plan.touchpointColumn.momentTypeOrStandard();
                slotOfLocal[order[position]] = sink.touchpoint(new TouchpointSpec(name, owner, type, position + 1,
                        scoreReader == null ? null : plan.scoreScale));
            }
            return slotOfLocal;
        }

        /** Respondent-level answers repeat on every row of a respondent: the first answer given wins. */
        private void gatherRespondentCells(LongRespondent r, String[] cells, int row, String touchpoint)
                throws CxLensException {
            if (r.wave == null) {
                r.wave = wave(cells);
            }
            if (r.date == null && plan.date >= 0) {
                r.date = date(cells, row);
            }
            if (Double.isNaN(r.weight)) {
                r.weight = weight(cells, row, false);
            }
            if (Double.isNaN(r.overall)) {
                r.overall = score(plan.overallReader, cells, plan.overall, row);
            }
            if (r.overallExpectation == null) {
                r.overallExpectation = expectation(plan.overallExpectationReader, cells, plan.overallExpectation, row);
            }
            if (Double.isNaN(r.recommend)) {
                r.recommend = score(plan.recommendReader, cells, plan.recommend, row);
            }
            for (int a = 0; a < plan.attributeColumns.length; a++) {
                String raw = cell(cells, plan.attributeColumns[a]);
                if (!raw.isEmpty() && !CellValues.isBlank(raw)) {
                    r.attribute(a, raw.trim());
                }
            }
            for (int i : plan.commentColumns) {
                String t = textOf(cells, i);
                if (t != null) {
                    r.comment(new Comment(plan.names[i] + " [" + touchpoint + "]", t));
                }
            }
        }

        @Override
        void finish() throws CxLensException {
            int[] slotOfLocal = declareTouchpoints();
            int slotCount = 0;
            for (int slot : slotOfLocal) {
                slotCount = Math.max(slotCount, slot + 1);
            }
            long emitted = 0;
            for (LongRespondent r : byId.values()) {
                if ((++emitted & (TICK - 1)) == 0) {
                    checkCancel();
                }
                if (plan.weight >= 0 && Double.isNaN(r.weight)) {
                    problems.report(r.firstRow, plan.names[plan.weight], null, "importer.load.missingWeightLong", r.id);
                }
                sink.respondent(r.toRecord(slotOfLocal, slotCount));
                respondents++;
            }
        }
    }
}
