package org.cxlens.importer.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;

/**
 * Hands problems to the sink and counts them. A systematic mistake (a wrong scale, a wrong
 * decimal separator) would otherwise store one problem per row of a million-row file, so only
 * the first {@value #KEEP_PER_KIND} of each kind (column and reason) are stored and the rest are
 * summed up in one closing problem per kind. Every problem is counted.
 */
final class ProblemLog {

    static final int KEEP_PER_KIND = 1000;

    private record Kind(String column, String key) {
    }

    /** How many problems of a kind were found, and the row of the first one. */
    private static final class Tally {
        int found;
        int firstRow;
    }

    private final ImportSink sink;
    private final Map<Kind, Tally> tallies = new LinkedHashMap<>();
    private long count;

    ProblemLog(ImportSink sink) {
        this.sink = sink;
    }

    void report(int row, String column, String raw, String key, Object... args) throws CxLensException {
        add(new ImportProblem(row, column, raw, Message.of(key, args)));
    }

    void add(ImportProblem problem) throws CxLensException {
        count++;
        Tally t = tallies.computeIfAbsent(new Kind(problem.column(), problem.reason().key()), k -> new Tally());
        if (t.found++ == 0) {
            t.firstRow = problem.row();
        }
        if (t.found <= KEEP_PER_KIND) {
            sink.problem(problem);
        }
    }

    /** Adds one problem per kind that went over the limit, saying how many more there were. */
    void summarise() throws CxLensException {
        for (Map.Entry<Kind, Tally> e : tallies.entrySet()) {
            int more = e.getValue().found - KEEP_PER_KIND;
            if (more > 0) {
                String key = e.getKey().column() == null ? "importer.load.moreRowProblems" : "importer.load.moreProblems";
                sink.problem(new ImportProblem(0, e.getKey().column(), null, Message.of(key, more, e.getValue().firstRow)));
            }
        }
    }

    long count() {
        return count;
    }
}
