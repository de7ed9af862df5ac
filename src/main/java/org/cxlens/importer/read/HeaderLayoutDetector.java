package org.cxlens.importer.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.SourceRow;

/** Recognises the survey tools' header layouts (FORMATS.md) from the first rows of a sheet. */
public final class HeaderLayoutDetector {

    private static final Set<String> SURVEYMONKEY_ANSWER_LABELS = Set.of("response", "open-ended response");
    private static final Set<String> SURVEYMONKEY_METADATA = Set.of("respondent id", "collector id");
    /** The metadata columns' tags in a legacy Qualtrics export: V1, V2, ... */
    static final Pattern LEGACY_TAG = Pattern.compile("V\\d+");
    private static final int LEGACY_METADATA_COLUMNS = 12;

    private HeaderLayoutDetector() {
    }

    /** @param firstRows the first non-empty rows of the sheet (up to three are looked at) */
    public static HeaderLayout detect(List<SourceRow> firstRows) {
        if (firstRows.size() >= 3 && isQualtricsImportIdRow(firstRows.get(2))) {
            return HeaderLayout.QUALTRICS;
        }
        if (firstRows.size() >= 2 && isLegacyQualtrics(firstRows.get(0), firstRows.get(1))) {
            return HeaderLayout.QUALTRICS_LEGACY;
        }
        if (firstRows.size() >= 2 && isSurveyMonkey(firstRows.get(0), firstRows.get(1))) {
            return HeaderLayout.SURVEYMONKEY;
        }
        return HeaderLayout.SINGLE;
    }

    /** Row 3 of a Qualtrics export holds {"ImportId":...} JSON in its cells: the most reliable signature. */
    private static boolean isQualtricsImportIdRow(SourceRow row) {
        for (String cell : row.cells()) {
            if (cell != null && cell.strip().startsWith("{\"ImportId\"")) {
                return true;
            }
        }
        return false;
    }

    /** Legacy Qualtrics: row 1 starts V1, V2, ... and row 2 names those columns, ResponseID among them. */
    private static boolean isLegacyQualtrics(SourceRow first, SourceRow second) {
        if (!LEGACY_TAG.matcher(first.cell(0).strip()).matches() || !LEGACY_TAG.matcher(first.cell(1).strip()).matches()) {
            return false;
        }
        for (int i = 0; i < Math.min(second.cells().length, LEGACY_METADATA_COLUMNS); i++) {
            if (second.cell(i).strip().equalsIgnoreCase("ResponseID")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SurveyMonkey puts "Response" / "Open-Ended Response" under its questions in row 2, sub-item
     * labels under the empty row-1 cells of multi-column questions, and nothing under its leading
     * metadata columns. A data row of a single-header sheet looks different: it rarely starts empty
     * and usually holds numbers.
     */
    private static boolean isSurveyMonkey(SourceRow first, SourceRow second) {
        int width = Math.max(first.cells().length, second.cells().length);
        int answerLabels = 0;
        boolean subItem = false;
        boolean questionSeen = false;
        for (int i = 0; i < width; i++) {
            String top = first.cell(i).strip();
            String below = second.cell(i).strip();
            if (isNumber(below)) {
                return false;
            }
            if (!top.isEmpty()) {
                questionSeen = true;
                if (SURVEYMONKEY_ANSWER_LABELS.contains(below.toLowerCase(Locale.ROOT))) {
                    answerLabels++;
                }
            } else if (!below.isEmpty() && questionSeen) {
                subItem = true;
            }
        }
        boolean startsWithMetadata = second.cell(0).isBlank()
                || SURVEYMONKEY_METADATA.contains(first.cell(0).strip().toLowerCase(Locale.ROOT));
        return (startsWithMetadata && (answerLabels > 0 || subItem)) || answerLabels >= 2;
    }

    private static boolean isNumber(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == ',' || (i == 0 && c == '-'))) {
                return false;
            }
        }
        return true;
    }
}
