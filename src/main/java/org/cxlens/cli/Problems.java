package org.cxlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;

/** One line per import problem: where (row, column), what was there, and why it is a problem. */
final class Problems {

    private Problems() {
    }

    static String describe(ImportProblem p) {
        List<String> where = new ArrayList<>();
        if (p.row() > 0) {
            where.add(Message.of("cli.problem.row", p.row()).render());
        }
        if (p.column() != null) {
            where.add(Message.of("cli.problem.column", p.column()).render());
        }
        String raw = p.rawValue() == null || p.rawValue().isEmpty() ? "" : " [" + p.rawValue() + "]";
        return (where.isEmpty() ? "" : String.join(", ", where) + ": ") + p.reason().render() + raw;
    }
}
