package org.cxlens.analysis;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cxlens.domain.ExperienceClass;

/**
 * The one filter panel of the dashboard. An empty set or a null date means "no restriction";
 * a restriction excludes respondents whose value is missing.
 *
 * @param waves                 respondent waves to keep
 * @param from                  first date kept (inclusive)
 * @param to                    last date kept (inclusive)
 * @param departments           respondent departments to keep (the respondent's own department column)
 * @param segments              per segment attribute name, the values to keep
 * @param classes               respondent classes to keep, under the scheme being analysed
 * @param touchpointDepartments only touchpoints owned by these departments enter touchpoint and
 *                              department measures
 */
public record Filter(Set<String> waves, LocalDate from, LocalDate to, Set<String> departments,
                     Map<String, Set<String>> segments, Set<ExperienceClass> classes,
                     Set<String> touchpointDepartments) {

    public static final Filter NONE = new Filter(Set.of(), null, null, Set.of(), Map.of(), Set.of(), Set.of());

    public Filter {
        waves = Set.copyOf(waves);
        departments = Set.copyOf(departments);
        segments = Map.copyOf(segments);
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
        touchpointDepartments = Set.copyOf(touchpointDepartments);
    }

    public Filter withWaves(Set<String> values) {
        return new Filter(values, from, to, departments, segments, classes, touchpointDepartments);
    }

    public Filter withDates(LocalDate first, LocalDate last) {
        return new Filter(waves, first, last, departments, segments, classes, touchpointDepartments);
    }

    public Filter withDepartments(Set<String> values) {
        return new Filter(waves, from, to, values, segments, classes, touchpointDepartments);
    }

    public Filter withSegment(String name, Set<String> values) {
        Map<String, Set<String>> copy = new HashMap<>(segments);
        if (values.isEmpty()) {
            copy.remove(name);
        } else {
            copy.put(name, Set.copyOf(values));
        }
        return new Filter(waves, from, to, departments, copy, classes, touchpointDepartments);
    }

    public Filter withClasses(Set<ExperienceClass> values) {
        return new Filter(waves, from, to, departments, segments, values, touchpointDepartments);
    }

    public Filter withTouchpointDepartments(Set<String> values) {
        return new Filter(waves, from, to, departments, segments, classes, values);
    }

    /** True when no respondent is excluded (touchpoint departments may still narrow touchpoints). */
    boolean keepsAllRespondents() {
        return waves.isEmpty() && from == null && to == null && departments.isEmpty() && segments.isEmpty()
                && classes.isEmpty();
    }
}
