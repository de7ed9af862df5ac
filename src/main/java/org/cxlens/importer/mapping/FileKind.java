package org.cxlens.importer.mapping;

import java.util.List;

/**
 * Files that are not respondent-level survey data although they are tables: a codebook (one row
 * per question), or an aggregated table (counts and percentages per group). Importing one gives
 * numbers that mean nothing, so the suggestion says what the file looks like.
 */
enum FileKind {
    CODEBOOK("mapping.warning.codebook"),
    AGGREGATED("mapping.warning.aggregated");

    private static final String[] CODEBOOK_WORDS = {"variable", "variabele", "label", "labels", "question", "vraag",
            "description", "omschrijving", "values", "waarden", "valuelabels", "format", "measure", "codes"};
    private static final String[] STATISTIC_WORDS = {"count", "counts", "n", "percent", "percentage", "pct", "total",
            "totaal", "mean", "average", "gemiddelde", "aantal", "freq", "frequency", "share", "aandeel", "sum", "som",
            "median", "mediaan", "std", "sd"};

    private final String messageKey;

    FileKind(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /** What the file looks like when it is not respondent data, or null when it may well be. */
    static FileKind of(List<String> headers, List<ColumnValues> columns, long rows) {
        int codebook = 0;
        int statistics = 0;
        for (String h : headers) {
            HeaderText t = HeaderText.of(h);
            if (t.words().split(" ").length <= 2 && t.hasWord(CODEBOOK_WORDS)) {
                codebook++;
            }
            if (t.words().split(" ").length <= 2 && t.hasWord(STATISTIC_WORDS) || h.strip().equals("%")) {
                statistics++;
            }
        }
        if (codebook >= 2 && codebook * 2 >= headers.size()) {
            return CODEBOOK;
        }
        if (statistics >= 2 && statistics * 3 >= headers.size() && rows <= 1000) {
            return AGGREGATED;
        }
        return null;
    }
}
