package org.cxlens.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of the plain wide layout (one header row, one row per respondent): RespondentID, Wave,
 * Date, one 0–10 score column per touchpoint named after it, Overall satisfaction (0–10),
 * Recommend (0–10), Region, Channel, Customer type, Comment. Empty cell: touchpoint not met.
 */
final class PlainWideLayout {

    static final int SCALE_MIN = 0;
    static final int SCALE_MAX = 10;

    private PlainWideLayout() {
    }

    static List<String> header(Journey journey) {
        List<String> header = new ArrayList<>(List.of("RespondentID", "Wave", "Date"));
        journey.steps().forEach(s -> header.add(s.name()));
        header.addAll(List.of("Overall satisfaction", "Recommend", "Region", "Channel", "Customer type", "Comment"));
        return header;
    }
}
