package org.cxlens.importer.load;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;

/** Hands problems to the sink and counts them. */
final class ProblemLog {

    private final ImportSink sink;
    private long count;

    ProblemLog(ImportSink sink) {
        this.sink = sink;
    }

    void report(int row, String column, String raw, String key, Object... args) throws CxLensException {
        add(new ImportProblem(row, column, raw, Message.of(key, args)));
    }

    void add(ImportProblem problem) throws CxLensException {
        sink.problem(problem);
        count++;
    }

    long count() {
        return count;
    }
}
