package org.cxlens.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * The values a filter can choose from in an open project.
 *
 * @param waves       wave names in the project's order
 * @param firstDate   earliest respondent date, or null when no respondent has a date
 * @param lastDate    latest respondent date, or null
 * @param departments departments owning touchpoints, sorted (the CLI's {@code department} key)
 * @param segments    per segment attribute, its values sorted
 */
public record FilterChoices(List<String> waves, LocalDate firstDate, LocalDate lastDate, List<String> departments,
                            Map<String, List<String>> segments) {

    /** Nothing to choose: no project is open. */
    public static final FilterChoices NONE = new FilterChoices(List.of(), null, null, List.of(), Map.of());

    public FilterChoices {
        waves = List.copyOf(waves);
        departments = List.copyOf(departments);
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    }

    static FilterChoices of(SurveyData data) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int day : data.epochDay()) {
            if (day != Integer.MIN_VALUE) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        boolean dated = first != Integer.MAX_VALUE;
        TreeSet<String> owners = new TreeSet<>();
        for (Touchpoint t : data.touchpoints()) {
            if (t.department() != null) {
                owners.add(t.department());
            }
        }
        Map<String, List<String>> segments = new LinkedHashMap<>();
        for (SurveyData.Segment s : data.segments()) {
            segments.put(s.name(), List.copyOf(new TreeSet<>(s.column().values())));
        }
        return new FilterChoices(data.wave().values(), dated ? LocalDate.ofEpochDay(first) : null,
                dated ? LocalDate.ofEpochDay(last) : null, new ArrayList<>(owners), segments);
    }
}
