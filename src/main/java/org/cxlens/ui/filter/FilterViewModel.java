package org.cxlens.ui.filter;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.workspace.FilterChoices;

/**
 * The window's one filter: what the open project offers to choose from, the analysis
 * {@link Filter} chosen, and that filter as removable chips and in words. Holds no controls.
 */
public final class FilterViewModel {

    private static final int VALUES_IN_CHIP = 3;

    private ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<FilterChoices> choices = new ReadOnlyObjectWrapper<>(FilterChoices.NONE);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.NONE);
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<FilterChip> chipsShown = FXCollections.unmodifiableObservableList(chips);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");

    public FilterViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
        filter.addListener((obs, old, f) -> describe());
    }

    /** A project was opened (or closed: {@link FilterChoices#NONE}); its filter starts empty. */
    public void setChoices(FilterChoices offered) {
        choices.set(offered);
        dateProblem.set("");
        filter.set(Filter.NONE);
    }

    /** The language changed: chips and words again in the new one. */
    public void setBundle(ResourceBundle words) {
        bundle = words;
        describe();
    }

    public void setWaves(Collection<String> waves) {
        apply(filter.get().withWaves(Set.copyOf(waves)));
    }

    public void setDepartments(Collection<String> departments) {
        apply(filter.get().withTouchpointDepartments(Set.copyOf(departments)));
    }

    public void setSegment(String name, Collection<String> values) {
        apply(filter.get().withSegment(name, Set.copyOf(values)));
    }

    public void setClasses(Collection<ExperienceClass> classes) {
        apply(filter.get().withClasses(classes.isEmpty() ? Set.of() : EnumSet.copyOf(classes)));
    }

    /** A range whose first date lies after its last is refused, and the panel says so. */
    public void setDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            dateProblem.set(bundle.getString("filter.date.order"));
            return;
        }
        dateProblem.set("");
        apply(filter.get().withDates(from, to));
    }

    /** Replaces the whole filter, as removing a chip does. */
    public void apply(Filter changed) {
        filter.set(changed);
    }

    public void reset() {
        dateProblem.set("");
        filter.set(Filter.NONE);
    }

    public boolean isActive() {
        return !filter.get().equals(Filter.NONE);
    }

    private void describe() {
        Filter f = filter.get();
        FilterChoices offered = choices.get();
        List<FilterChip> shown = new ArrayList<>();
        if (!f.waves().isEmpty()) {
            shown.add(chip("filter.wave", values(offered.waves(), f.waves()), f.withWaves(Set.of())));
        }
        if (f.from() != null || f.to() != null) {
            shown.add(new FilterChip(dates(f.from(), f.to()), f.withDates(null, null)));
        }
        if (!f.touchpointDepartments().isEmpty()) {
            shown.add(chip("filter.department", values(offered.departments(), f.touchpointDepartments()),
                    f.withTouchpointDepartments(Set.of())));
        }
        for (Map.Entry<String, List<String>> segment : offered.segments().entrySet()) {
            Set<String> kept = f.segments().get(segment.getKey());
            if (kept != null && !kept.isEmpty()) {
                shown.add(new FilterChip(format("filter.chip", segment.getKey(), listed(values(segment.getValue(), kept))),
                        f.withSegment(segment.getKey(), Set.of())));
            }
        }
        if (!f.classes().isEmpty()) {
            List<String> names = values(List.of(ExperienceClass.values()), f.classes()).stream()
                    .map(this::className).toList();
            shown.add(chip("filter.class", names, f.withClasses(Set.of())));
        }
        chips.setAll(shown);
        description.set(String.join("; ", shown.stream().map(FilterChip::text).toList()));
    }

    private FilterChip chip(String labelKey, List<String> values, Filter without) {
        return new FilterChip(format("filter.chip", bundle.getString(labelKey), listed(values)), without);
    }

    /** The kept values in the order the panel offers them. */
    private static <T> List<T> values(List<T> offered, Set<T> kept) {
        return offered.stream().filter(kept::contains).toList();
    }

    /** "North, South and 4 more": a chip stays short however many values are checked. */
    private String listed(List<String> values) {
        if (values.size() <= VALUES_IN_CHIP) {
            return String.join(", ", values);
        }
        return format("filter.chip.more", String.join(", ", values.subList(0, VALUES_IN_CHIP - 1)),
                values.size() - (VALUES_IN_CHIP - 1));
    }

    private String dates(LocalDate from, LocalDate to) {
        DateTimeFormatter style = dateFormat();
        Function<LocalDate, String> day = style::format;
        String range;
        if (from != null && to != null) {
            range = format("filter.date.between", day.apply(from), day.apply(to));
        } else if (from != null) {
            range = format("filter.date.from", day.apply(from));
        } else {
            range = format("filter.date.to", day.apply(to));
        }
        return format("filter.chip", bundle.getString("filter.date"), range);
    }

    /** Day, month name and year in the bundle's language: unambiguous in both, unlike 01-02-2025. */
    public DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(bundle.getString("filter.date.pattern"), bundle.getLocale());
    }

    /** A class as the panel names it ("Delighted"). */
    public String className(ExperienceClass c) {
        return bundle.getString("class." + c.name().toLowerCase(Locale.ROOT));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<FilterChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public Filter filter() {
        return filter.get();
    }

    public ObservableList<FilterChip> chips() {
        return chipsShown;
    }

    /** The filter in words for the status bar; empty when nothing is filtered. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Why the chosen date range was not applied; empty when it was. */
    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }
}
