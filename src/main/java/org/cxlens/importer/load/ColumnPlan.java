package org.cxlens.importer.load;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.DateParser;
import org.cxlens.importer.mapping.DecimalParser;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Shape;

/**
 * The mapping resolved against the file once, before the first row: column indices per role and
 * a ready reader per column, so the row loop does no lookups by name.
 */
final class ColumnPlan {

    final int columnCount;
    final String[] names;
    int id = -1;
    int department = -1;
    int wave = -1;
    int date = -1;
    int weight = -1;
    int touchpoint = -1;
    int overall = -1;
    int overallExpectation = -1;
    int recommend = -1;
    ScoreReader overallReader;
    ScoreReader recommendReader;
    ExpectationReader overallExpectationReader;
    DateParser dateParser;
    private String lastDateText;
    private LocalDateTime lastDate;
    DecimalParser weightParser;
    ColumnMapping touchpointColumn;
    /** Long shape: the scale of the score column. */
    Scale scoreScale;
    /** Missing codes for text cells (department, wave, comments, ...). */
    final CellValues text;

    /** Wide: one entry per touchpoint score column. Long: the single score column. */
    final List<Integer> scoreColumns = new ArrayList<>();
    final List<ScoreReader> scoreReaders = new ArrayList<>();
    final List<Integer> expectationColumns = new ArrayList<>();
    final List<ExpectationReader> expectationReaders = new ArrayList<>();
    /** Wide: touchpoint name per score / expectation column, in the same order. */
    final List<String> scoreTouchpoints = new ArrayList<>();
    final List<String> expectationTouchpoints = new ArrayList<>();
    /** Wide: the touchpoints to declare, by name, in journey order of first mention. */
    final Map<String, TouchpointSpec> touchpoints = new LinkedHashMap<>();

    int[] commentColumns;
    int[] attributeColumns;

    ColumnPlan(Preview preview, Mapping mapping, ProblemLog problems) {
        List<SourceColumn> columns = preview.columns();
        int width = 0;
        for (SourceColumn c : columns) {
            width = Math.max(width, c.index() + 1);
        }
        columnCount = width;
        names = new String[width];
        Map<String, Integer> indexOf = new HashMap<>();
        for (SourceColumn c : columns) {
            names[c.index()] = c.name();
            indexOf.put(c.name(), c.index());
        }
        DecimalParser numbers = new DecimalParser(mapping.decimalSeparatorFor(preview));
        text = new CellValues(null, numbers, mapping.missingCodes(), List.of());
        List<Integer> comments = new ArrayList<>();
        List<Integer> attributes = new ArrayList<>();
        boolean[] mapped = new boolean[columnCount];
        int position = 0;
        for (ColumnMapping cm : mapping.columns()) {
            int i = indexOf.get(cm.column());
            mapped[i] = true;
            CellValues cells = new CellValues(cm.column(), numbers, mapping.missingCodes(), cm.missingCodes());
            position++;
            switch (cm.role()) {
                case RESPONDENT_ID -> id = i;
                case DEPARTMENT -> department = i;
                case WAVE -> wave = i;
                case DATE -> {
                    date = i;
                    dateParser = new DateParser(cm.dateOrder(), numbers.decimalSeparator());
                }
                case WEIGHT -> {
                    weight = i;
                    weightParser = numbers;
                }
                case TOUCHPOINT -> {
                    touchpoint = i;
                    touchpointColumn = cm;
                }
                case OVERALL_SATISFACTION -> {
                    overall = i;
                    overallReader = new ScoreReader(cells, cm.scale(), mapping.labels(), cm.labels(), problems);
                }
                case RECOMMEND -> {
                    recommend = i;
                    recommendReader = new ScoreReader(cells, cm.scale(), mapping.labels(), cm.labels(), problems);
                }
                case OVERALL_EXPECTATION -> {
                    overallExpectation = i;
                    overallExpectationReader = new ExpectationReader(cells, cm.scale(), mapping.labels(), cm.labels(),
                            problems);
                }
                case TOUCHPOINT_SCORE -> {
                    scoreColumns.add(i);
                    scoreReaders.add(new ScoreReader(cells, cm.scale(), mapping.labels(), cm.labels(), problems));
                    scoreTouchpoints.add(cm.touchpoint());
                    scoreScale = cm.scale();
                    declare(mapping, cm, position);
                }
                case TOUCHPOINT_EXPECTATION -> {
                    expectationColumns.add(i);
                    expectationReaders.add(new ExpectationReader(cells, cm.scale(), mapping.labels(), cm.labels(),
                            problems));
                    expectationTouchpoints.add(cm.touchpoint());
                    declare(mapping, cm, position);
                }
                case COMMENT -> comments.add(i);
                case SEGMENT, IGNORE -> attributes.add(i);
                case PERSONAL -> {
                    // never read: personal data is not stored
                }
                default -> throw new IllegalStateException("unhandled role " + cm.role());
            }
        }
        for (int i = 0; i < columnCount; i++) {
            if (!mapped[i] && names[i] != null) {
                attributes.add(i);
            }
        }
        commentColumns = comments.stream().mapToInt(Integer::intValue).toArray();
        attributeColumns = attributes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The attribute columns' names, in the order respondents give their values. */
    List<String> attributeNames() {
        List<String> out = new ArrayList<>(attributeColumns.length);
        for (int i : attributeColumns) {
            out.add(names[i]);
        }
        return List.copyOf(out);
    }

    /** Wide shape: the touchpoint of a score or expectation column, merged with what other columns say. */
    private void declare(Mapping mapping, ColumnMapping cm, int position) {
        if (mapping.shape() != Shape.WIDE) {
            return;
        }
        TouchpointSpec known = touchpoints.get(cm.touchpoint());
        int order = cm.journeyOrder() > 0 ? cm.journeyOrder() : position;
        if (known == null) {
            touchpoints.put(cm.touchpoint(), new TouchpointSpec(cm.touchpoint(), cm.department(),
                    cm.momentTypeOrStandard(), order, cm.role() == ColumnRole.TOUCHPOINT_SCORE ? cm.scale() : null));
        } else {
            touchpoints.put(cm.touchpoint(), new TouchpointSpec(cm.touchpoint(),
                    known.department() != null ? known.department() : cm.department(),
                    cm.role() == ColumnRole.TOUCHPOINT_SCORE ? cm.momentTypeOrStandard() : known.momentType(),
                    Math.min(known.journeyOrder(), order),
                    known.scale() != null || cm.role() != ColumnRole.TOUCHPOINT_SCORE ? known.scale() : cm.scale()));
        }
    }

    /** Wide shape: declares every touchpoint and returns the slot per touchpoint name. */
    Map<String, Integer> declareTouchpoints(ImportSink sink) throws CxLensException {
        Map<String, Integer> slots = new HashMap<>();
        for (TouchpointSpec spec : touchpoints.values()) {
            slots.put(spec.name(), sink.touchpoint(spec));
        }
        return slots;
    }

    /** Exports are mostly sorted by date, so the same date text comes row after row: parsed once per run. */
    LocalDateTime parseDate(String raw) {
        if (!raw.equals(lastDateText)) {
            lastDate = dateParser.parse(raw);
            lastDateText = raw;
        }
        return lastDate;
    }
}
