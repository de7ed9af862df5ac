package org.cxlens.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;

/** Turns the header rows of a layout into uniquely named columns. */
public final class HeaderColumns {

    private HeaderColumns() {
    }

    /**
     * @param headerRows the layout's header rows (as many as {@link HeaderLayout#headerRows()})
     * @param width      the number of columns (trailing columns without any content already left off)
     */
    public static List<SourceColumn> build(HeaderLayout layout, List<SourceRow> headerRows, int width) {
        String[] names = new String[width];
        String[] questions = new String[width];
        switch (layout) {
            case SINGLE -> {
                for (int i = 0; i < width; i++) {
                    names[i] = headerRows.get(0).cell(i).strip();
                    questions[i] = names[i];
                }
            }
            case QUALTRICS -> {
                for (int i = 0; i < width; i++) {
                    names[i] = headerRows.get(0).cell(i).strip();
                    questions[i] = headerRows.get(1).cell(i).strip();
                }
            }
            case QUALTRICS_LEGACY -> {
                for (int i = 0; i < width; i++) {
                    String tag = headerRows.get(0).cell(i).strip();
                    questions[i] = headerRows.get(1).cell(i).strip();
                    // V1, V2, ... say nothing; row 2 names those columns (ResponseID, EmailAddress, ...).
                    names[i] = HeaderLayoutDetector.LEGACY_TAG.matcher(tag).matches() || tag.isEmpty()
                            ? questions[i] : tag;
                }
            }
            case SURVEYMONKEY -> surveyMonkey(headerRows.get(0), headerRows.get(1), names, questions);
        }
        return uniqueColumns(names, questions);
    }

    /** Row 1 carries the question across its block; row 2 names the answer column within it. */
    private static void surveyMonkey(SourceRow top, SourceRow below, String[] names, String[] questions) {
        String question = "";
        for (int i = 0; i < names.length; i++) {
            String t = top.cell(i).strip();
            String b = below.cell(i).strip();
            if (!t.isEmpty()) {
                question = t;
            }
            boolean plainAnswer = b.equalsIgnoreCase("Response") || b.equalsIgnoreCase("Open-Ended Response");
            String name;
            if (b.isEmpty() || plainAnswer) {
                // Metadata columns (empty row 2) and single-answer questions are named by row 1 alone.
                name = t.isEmpty() && !b.isEmpty() ? question : t;
            } else {
                name = question.isEmpty() ? b : question + " - " + b;
            }
            names[i] = name;
            questions[i] = name;
        }
    }

    private static List<SourceColumn> uniqueColumns(String[] names, String[] questions) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                names[i] = "Column " + columnLetter(i);
                if (questions[i].isEmpty()) {
                    questions[i] = names[i];
                }
            }
        }
        List<SourceColumn> columns = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            int n = 2;
            while (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = names[i] + " (" + n++ + ")";
            }
            columns.add(new SourceColumn(i, name, questions[i].isEmpty() ? name : questions[i]));
        }
        return columns;
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
