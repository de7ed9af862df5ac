package org.cxlens.domain;

import java.util.List;

/**
 * Everything the analysis needs from a project, held column-wise in memory so that a dashboard
 * over a million respondents is a few array passes. Index r is a respondent (0..size-1).
 * Missing floats are NaN; missing codes are -1.
 *
 * @param touchpoints       the catalogue, index = slot
 * @param imports           scales per import; {@code importIndex[r]} points here
 * @param overall           overall satisfaction, raw score on its import's overall scale
 * @param overallExpectation -1 missing, 0 worse, 1 as expected, 2 better (see {@link #expectationCode})
 * @param recommend         likelihood to recommend, raw score on its import's recommend scale
 * @param scores            [slot][r] raw touchpoint scores on the touchpoint's scale
 * @param expectations      [slot][r] expectation codes as for overallExpectation
 * @param weight            respondent weight; 1 when the project maps no weight
 * @param epochDay          date as days since 1970-01-01, or Integer.MIN_VALUE when missing
 * @param wave              respondent's wave, or -1
 * @param department        respondent's own department (wide files with a department column), or -1
 * @param segments          segment and unmapped attribute columns, dictionary-coded
 */
public record SurveyData(
        int size,
        List<Touchpoint> touchpoints,
        List<ImportScales> imports,
        int[] importIndex,
        float[] overall,
        byte[] overallExpectation,
        float[] recommend,
        float[][] scores,
        byte[][] expectations,
        float[] weight,
        boolean weighted,
        int[] epochDay,
        Coded wave,
        Coded department,
        List<Segment> segments) {

    /** Scales of the project-level items of one import (null when not mapped there). */
    public record ImportScales(long importId, Scale overall, Scale recommend) {
    }

    /** A dictionary-coded column: codes[r] indexes values, -1 when missing. */
    public record Coded(List<String> values, int[] codes) {
    }

    /** A segment attribute column. */
    public record Segment(String name, Coded column) {
    }

    /** Code stored for an expectation in byte arrays: -1 missing, else ordinal. */
    public static byte expectationCode(Expectation e) {
        return e == null ? -1 : (byte) e.ordinal();
    }
}
