package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;

/** An import target that stores nothing: it counts the problems by reason and keeps the first of each. */
final class CheckingSink implements ImportSink {

    static final int FIRST_PROBLEMS = 5;
    private static final String UNKNOWN_SCORE_LABEL = "importer.load.unknownLabel";
    private static final String UNKNOWN_EXPECTATION = "importer.load.unknownExpectation";

    private final Mapping mapping;
    private final List<String> touchpoints = new ArrayList<>();
    private final Map<String, List<ImportProblem>> first = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, UnknownLabel> unknown = new LinkedHashMap<>();

    CheckingSink(Mapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public int touchpoint(TouchpointSpec spec) {
        int slot = touchpoints.indexOf(spec.name());
        if (slot >= 0) {
            return slot;
        }
        touchpoints.add(spec.name());
        return touchpoints.size() - 1;
    }

    @Override
    public void attributes(List<String> names) {
        // A check keeps no respondents, so it needs no attribute columns.
    }

    @Override
    public void respondent(RespondentRecord respondent) {
        // counted by the importer
    }

    @Override
    public void problem(ImportProblem p) {
        String key = p.reason().key();
        counts.merge(key, 1L, Long::sum);
        List<ImportProblem> kept = first.computeIfAbsent(key, k -> new ArrayList<>());
        if (kept.size() < FIRST_PROBLEMS) {
            kept.add(p);
        }
        if (key.equals(UNKNOWN_SCORE_LABEL) || key.equals(UNKNOWN_EXPECTATION)) {
            boolean expectation = key.equals(UNKNOWN_EXPECTATION);
            ColumnMapping column = p.column() == null ? null : mapping.column(p.column());
            Scale scale = expectation || column == null ? null : column.scale();
            unknown.merge(p.column() + "\u0000" + p.rawValue(),
                    new UnknownLabel(p.column(), p.rawValue(), scale, expectation, 1),
                    (a, b) -> new UnknownLabel(a.column(), a.label(), a.scale(), a.expectation(), a.count() + 1));
        }
    }

    @Override
    public long commit(ImportCounts c) {
        throw new UnsupportedOperationException("a check is never committed");
    }

    @Override
    public void close() {
        // nothing was written
    }

    ImportCheck result(ImportCounts c) {
        List<ProblemGroup> groups = new ArrayList<>();
        counts.forEach((key, n) -> groups.add(new ProblemGroup(key, n, first.get(key))));
        groups.sort(Comparator.comparingLong(ProblemGroup::count).reversed());
        List<UnknownLabel> labels = new ArrayList<>(unknown.values());
        labels.sort(Comparator.comparingLong(UnknownLabel::count).reversed());
        return new ImportCheck(c, touchpoints, groups, labels);
    }
}
