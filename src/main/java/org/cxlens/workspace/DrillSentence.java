package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;

/** "Delivery · indifferent · wave 2025-Q3: 118 respondents": the mark first, then the rest of the filter. */
final class DrillSentence {

    private DrillSentence() {
    }

    static Message of(Filter filter, Mark mark, int respondents) {
        return Message.of("drill.sentence", what(filter, mark), respondents);
    }

    /**
     * "touchpoints of Logistics · delighted: 312 experiences of 208 respondents": a department bar
     * counts experiences, so the sentence says both counts.
     */
    static Message of(Filter filter, Mark mark, int respondents, int experiences) {
        if (experiences == 0) {
            return of(filter, mark, respondents);
        }
        return Message.of("drill.sentence.experiences", what(filter, mark),
                Message.of("drill.count.experiences", experiences), Message.of("drill.count.respondents", respondents));
    }

    private static Object what(Filter filter, Mark mark) {
        List<Object> parts = new ArrayList<>();
        boolean experienceMark = mark.touchpoint() != null || mark.department() != null;
        boolean respondentClassMark = !experienceMark && mark.experienceClass() != null;
        if (mark.respondent() != null) {
            String label = mark.respondent().label();
            parts.add(label.isEmpty() ? Message.of("drill.part.respondentWithoutId")
                    : Message.of("drill.part.respondent", label));
        }
        if (experienceMark) {
            parts.add(mark.touchpoint() != null ? mark.touchpoint().name()
                    : Message.of("drill.part.touchpointDepartments", mark.department()));
            if (mark.experienceClass() != null) {
                parts.add(classWord(mark.experienceClass()));
            }
        } else if (respondentClassMark) {
            parts.add(Message.of("drill.part.respondentClass", classWord(mark.experienceClass())));
        }
        Grouping group = mark.grouping();
        if (group != null) {
            parts.add(groupPart(group, mark.groupValue()));
        }
        if (!filter.waves().isEmpty() && !(group instanceof Grouping.ByWave)) {
            parts.add(Message.of("drill.part.wave", alternatives(filter.waves())));
        }
        if (!filter.departments().isEmpty() && !(group instanceof Grouping.ByRespondentDepartment)) {
            parts.add(Message.of("drill.part.department", alternatives(filter.departments())));
        }
        new TreeSet<>(filter.segments().keySet()).forEach(name -> {
            if (!(group instanceof Grouping.BySegment s && s.name().equals(name))) {
                parts.add(Message.of("drill.part.segment", name, alternatives(filter.segments().get(name))));
            }
        });
        if (filter.from() != null) {
            parts.add(Message.of("drill.part.from", filter.from().toString()));
        }
        if (filter.to() != null) {
            parts.add(Message.of("drill.part.to", filter.to().toString()));
        }
        // A respondent-class mark already names the one class left of the filter's classes.
        if (!filter.classes().isEmpty() && !respondentClassMark) {
            parts.add(Message.of("drill.part.respondentClass",
                    alternatives(filter.classes().stream().sorted().map(DrillSentence::classWord).toList())));
        }
        if (!filter.touchpointDepartments().isEmpty() && !experienceMark) {
            parts.add(Message.of("drill.part.touchpointDepartments", alternatives(filter.touchpointDepartments())));
        }
        return parts.isEmpty() ? Message.of("drill.part.all") : joined(parts, "drill.join");
    }

    static Message classWord(ExperienceClass c) {
        return Message.of("drill.class." + c.name());
    }

    private static Message groupPart(Grouping group, String value) {
        if (group instanceof Grouping.ByWave) {
            return Message.of("drill.part.wave", value);
        }
        if (group instanceof Grouping.ByMonth) {
            return Message.of("drill.part.month", value);
        }
        if (group instanceof Grouping.ByRespondentDepartment) {
            return Message.of("drill.part.department", value);
        }
        return Message.of("drill.part.segment", ((Grouping.BySegment) group).name(), value);
    }

    private static Object alternatives(Set<String> values) {
        return alternatives(new TreeSet<>(values).stream().<Object>map(v -> v).toList());
    }

    /** "A or B or C", in the user's language. */
    private static Object alternatives(List<?> values) {
        Object result = values.get(values.size() - 1);
        for (int i = values.size() - 2; i >= 0; i--) {
            result = Message.of("drill.or", values.get(i), result);
        }
        return result;
    }

    private static Object joined(List<Object> parts, String key) {
        Object result = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            result = Message.of(key, parts.get(i), result);
        }
        return result;
    }
}
