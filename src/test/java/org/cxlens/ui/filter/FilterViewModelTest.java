package org.cxlens.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.workspace.FilterChoices;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private static final FilterChoices CHOICES = new FilterChoices(List.of("2025-Q1", "2025-Q2"),
            LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 27), List.of("Logistics", "Sales"),
            Map.of("Region", List.of("East", "North", "South", "West", "Zuid")));

    private final FilterViewModel model = model(Locale.ENGLISH);

    private static FilterViewModel model(Locale locale) {
        FilterViewModel m = new FilterViewModel(ResourceBundle.getBundle(Message.BUNDLE, locale));
        m.setChoices(CHOICES);
        return m;
    }

    @Test
    void eachChoiceBuildsTheAnalysisFilterAndAChipInPanelOrder() {
        model.setWaves(List.of("2025-Q2"));
        model.setDepartments(List.of("Sales", "Logistics"));
        model.setSegment("Region", List.of("North"));
        model.setClasses(List.of(ExperienceClass.DELIGHTED, ExperienceClass.INDIFFERENT));
        model.setDates(LocalDate.of(2025, 2, 1), null);

        assertThat(model.filter()).isEqualTo(Filter.NONE.withWaves(Set.of("2025-Q2"))
                .withTouchpointDepartments(Set.of("Logistics", "Sales")).withSegment("Region", Set.of("North"))
                .withClasses(Set.of(ExperienceClass.INDIFFERENT, ExperienceClass.DELIGHTED))
                .withDates(LocalDate.of(2025, 2, 1), null));
        assertThat(model.chips()).extracting(FilterChip::text).containsExactly("Wave: 2025-Q2",
                "Date: from 1 Feb 2025", "Department: Logistics, Sales", "Region: North",
                "Class: Indifferent, Delighted");
        assertThat(model.descriptionProperty().get()).isEqualTo("Wave: 2025-Q2; Date: from 1 Feb 2025; "
                + "Department: Logistics, Sales; Region: North; Class: Indifferent, Delighted");
        assertThat(model.isActive()).isTrue();
    }

    @Test
    void removingAChipKeepsTheOtherRestrictionsAndResetClearsAll() {
        model.setWaves(List.of("2025-Q1"));
        model.setSegment("Region", List.of("East", "West"));

        model.apply(model.chips().get(0).without());

        assertThat(model.filter()).isEqualTo(Filter.NONE.withSegment("Region", Set.of("East", "West")));
        assertThat(model.chips()).extracting(FilterChip::text).containsExactly("Region: East, West");

        model.reset();

        assertThat(model.filter()).isEqualTo(Filter.NONE);
        assertThat(model.chips()).isEmpty();
        assertThat(model.descriptionProperty().get()).isEmpty();
        assertThat(model.isActive()).isFalse();
    }

    @Test
    void aChipWithManyValuesStaysShort() {
        model.setSegment("Region", List.of("Zuid", "West", "South", "North"));

        assertThat(model.chips()).extracting(FilterChip::text).containsExactly("Region: North, South and 2 more");
    }

    @Test
    void aDateRangeBackwardsIsRefusedAndSaysSo() {
        model.setDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30));

        model.setDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30));

        assertThat(model.filter().from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(model.filter().to()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(model.dateProblemProperty().get()).isEqualTo(
                "The first date lies after the last; the date range was not applied.");
    }

    @Test
    void dutchChipsAndANewProjectStartsUnfiltered() {
        FilterViewModel dutch = model(Locale.forLanguageTag("nl"));
        dutch.setWaves(List.of("2025-Q1"));
        dutch.setDates(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31));
        dutch.setClasses(List.of(ExperienceClass.SATISFIED));

        assertThat(dutch.chips()).extracting(FilterChip::text)
                .containsExactly("Meting: 2025-Q1", "Datum: 6 jan. 2025 – 31 mrt. 2025", "Klasse: Tevreden");

        dutch.setChoices(CHOICES);

        assertThat(dutch.filter()).isEqualTo(Filter.NONE);
        assertThat(dutch.chips()).isEmpty();
    }
}
