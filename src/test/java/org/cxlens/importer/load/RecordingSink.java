package org.cxlens.importer.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.TouchpointSpec;

/** An import sink that keeps everything it is given; slots start at a chosen offset like a project with earlier touchpoints. */
final class RecordingSink implements ImportSink {

    final List<TouchpointSpec> touchpoints = new ArrayList<>();
    final List<RespondentRecord> respondents = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    List<String> attributes = List.of();
    private final int firstSlot;

    RecordingSink() {
        this(0);
    }

    RecordingSink(int firstSlot) {
        this.firstSlot = firstSlot;
    }

    @Override
    public int touchpoint(TouchpointSpec spec) {
        for (int i = 0; i < touchpoints.size(); i++) {
            if (touchpoints.get(i).name().equals(spec.name())) {
                return firstSlot + i;
            }
        }
        touchpoints.add(spec);
        return firstSlot + touchpoints.size() - 1;
    }

    @Override
    public void attributes(List<String> names) {
        attributes = List.copyOf(names);
    }

    @Override
    public void respondent(RespondentRecord respondent) {
        respondents.add(respondent);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public long commit(ImportCounts counts) {
        return 1;
    }

    @Override
    public void close() {
    }

    /** A respondent's attribute values by declared column name, empty cells left out. */
    Map<String, String> attributesOf(RespondentRecord r) {
        Map<String, String> byName = new HashMap<>();
        for (int a = 0; a < r.attributes().length; a++) {
            if (r.attributes()[a] != null) {
                byName.put(attributes.get(a), r.attributes()[a]);
            }
        }
        return byName;
    }

    int slot(String touchpoint) {
        for (int i = 0; i < touchpoints.size(); i++) {
            if (touchpoints.get(i).name().equals(touchpoint)) {
                return firstSlot + i;
            }
        }
        throw new AssertionError("no touchpoint " + touchpoint);
    }

    RespondentRecord respondent(String id) {
        return respondents.stream().filter(r -> id.equals(r.externalId())).findFirst()
                .orElseThrow(() -> new AssertionError("no respondent " + id));
    }

    List<ImportProblem> problemsWithKey(String key) {
        return problems.stream().filter(p -> p.reason().key().equals(key)).toList();
    }
}
