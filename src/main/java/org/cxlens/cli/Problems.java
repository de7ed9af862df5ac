package org.cxlens.cli;

import org.cxlens.domain.ImportProblem;

/** One line per import problem: where (row, column), what was there, and why it is a problem. */
final class Problems {

    private Problems() {
    }

    static String describe(ImportProblem p) {
        StringBuilder where = new StringBuilder();
        if (p.row() > 0) {
            where.append("row ").append(p.row());
        }
        if (p.column() != null) {
            where.append(where.length() > 0 ? ", " : "").append("column \"").append(p.column()).append('"');
        }
        String raw = p.rawValue() == null || p.rawValue().isEmpty() ? "" : " [" + p.rawValue() + "]";
        return (where.length() > 0 ? where + ": " : "") + p.reason().render() + raw;
    }
}
