package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.SurveyData;

/** The groupings a project's data can split respondents by, and their names on screen. */
public final class Dimensions {

    private Dimensions() {
    }

    /** Wave and month when the data has them, the respondent department when present, then every segment attribute. */
    public static List<Grouping> of(SurveyData data) {
        List<Grouping> dimensions = new ArrayList<>();
        if (!data.wave().values().isEmpty()) {
            dimensions.add(Grouping.wave());
        }
        if (dated(data)) {
            dimensions.add(Grouping.month());
        }
        if (!data.department().values().isEmpty()) {
            dimensions.add(Grouping.respondentDepartment());
        }
        data.segments().forEach(s -> dimensions.add(Grouping.segment(s.name())));
        return List.copyOf(dimensions);
    }

    public static boolean dated(SurveyData data) {
        for (int day : data.epochDay()) {
            if (day != Integer.MIN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "Wave", "Month", "Department (respondent)", or the segment attribute's own name. */
    public static String name(Grouping grouping, ResourceBundle bundle) {
        if (grouping instanceof Grouping.BySegment s) {
            return s.name();
        }
        if (grouping instanceof Grouping.ByWave) {
            return bundle.getString("dimension.wave");
        }
        if (grouping instanceof Grouping.ByMonth) {
            return bundle.getString("dimension.month");
        }
        return bundle.getString("dimension.respondentDepartment");
    }
}
