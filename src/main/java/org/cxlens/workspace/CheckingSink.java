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
import org.cxlens.domain.Touchpoint;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;

/** An import target that stores nothing: it counts the problems by reason and keeps the first of each. */
final class CheckingSink implements ImportSink {

    static final int FIRST_PROBLEMS = 5;
    private static final String UNKNOWN_SCORE_LABEL = "importer.load.unknownLabel";
    private static final String UNKNOWN_EXPECTATION = "importer.load.unknownExpectation";

    private final Mapping mapping;
    /** The project's touchpoints by name and earlier name; empty for a new project. */
    private final Map<String, Touchpoint> known;
    private final List<String> touchpoints = new ArrayList<>();
    private final Map<String, Scale> scales = new LinkedHashMap<>();
    private final Map<String, ScaleConflict> conflicts = new LinkedHashMap<>();
    private final Map<String, List<ImportProblem>> first = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, UnknownLabel> unknown = new LinkedHashMap<>();

    CheckingSink(Mapping mapping, Map<String, Touchpoint> known) {
        this.mapping = mapping;
        this.known = known;
    }

    /** As the import does: a known name (or earlier name) feeds that touchpoint, which must keep its scale. */
    @Override
    public int touchpoint(TouchpointSpec spec) {
        Touchpoint existing = known.get(spec.name());
        String name = existing == null ? spec.name() : existing.name();
        Scale before = existing == null ? scales.get(name) : existing.scale();
        if (before != null && !before.equals(spec.scale())) {
            conflicts.putIfAbsent(spec.name() + "\u0000" + spec.scale().label(), new ScaleConflict(spec.name(),
                    existing == null ? null : existing.name(), spec.scale(), before));
        }
        scales.putIfAbsent(name, spec.scale());
        int slot = touchpoints.indexOf(name);
        if (slot >= 0) {
            return slot;
        }
        touchpoints.add(name);
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
        return new ImportCheck(c, touchpoints, groups, labels, List.copyOf(conflicts.values()));
    }
}
