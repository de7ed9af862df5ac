package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;

/** A filter as the {@code --filter} arguments a report file keeps, and back. */
class FilterArgumentsTest {

    private static final SurveyData DATA = data();

    private static SurveyData data() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Sales, Marketing", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("Invoice", "Finance", MomentType.STANDARD, Scale.of(0, 10));
        b.row().scores(9, 8).wave("2025-Q1").date(LocalDate.of(2025, 1, 5)).segment("City", "Amsterdam, Noord")
                .segment("Plan=Tier", "a\\b");
        b.row().scores(5, 6).wave("2025-Q2").date(LocalDate.of(2025, 4, 1)).segment("City", "Utrecht")
                .segment("Plan=Tier", "basic");
        return b.build();
    }

    @Test
    void aFilterBecomesSortedArgumentsOneValueEachWithCommasEqualsAndBackslashesEscaped() throws Exception {
        Filter filter = Filter.NONE.withWaves(Set.of("2025-Q2", "2025-Q1"))
                .withDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))
                .withTouchpointDepartments(Set.of("Sales, Marketing"))
                .withSegment("City", Set.of("Amsterdam, Noord", "Utrecht"))
                .withSegment("Plan=Tier", Set.of("a\\b"))
                .withClasses(Set.of(ExperienceClass.DELIGHTED, ExperienceClass.INDIFFERENT));

        List<String> arguments = FilterArguments.format(filter);

        assertThat(arguments).containsExactly("wave=2025-Q1", "wave=2025-Q2", "from=2025-01-01", "to=2025-03-31",
                "department=Sales\\, Marketing", "segment:City=Amsterdam\\, Noord", "segment:City=Utrecht",
                "segment:Plan\\=Tier=a\\\\b", "class=indifferent", "class=delighted");
        assertThat(FilterArguments.parse(arguments, DATA)).isEqualTo(filter);
    }

    @Test
    void noFilterIsNoArguments() throws Exception {
        assertThat(FilterArguments.format(Filter.NONE)).isEmpty();
        assertThat(FilterArguments.parse(List.of(), DATA)).isEqualTo(Filter.NONE);
    }

    @Test
    void anUnescapedCommaStillSeparatesValuesAsOnTheCommandLine() throws Exception {
        assertThat(FilterArguments.parse(List.of("wave=2025-Q1,2025-Q2"), DATA))
                .isEqualTo(Filter.NONE.withWaves(Set.of("2025-Q1", "2025-Q2")));
    }
}
