package org.cxlens.ui.filter;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.workspace.FilterChoices;

/**
 * The filter side panel: wave, date range, department, each segment attribute and class. Built
 * again when another project is opened; every change goes straight to {@link FilterViewModel}.
 */
public final class FilterPanel {

    private final FilterViewModel model;
    private final ResourceBundle bundle;
    private final ScrollPane root = new ScrollPane();
    private final List<CheckGroup<?>> groups = new ArrayList<>();
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    // Held here, registered weakly: a panel left behind by a language switch stops listening.
    private final ChangeListener<FilterChoices> choicesChanged = (obs, old, c) -> choicesChanged();
    private final ChangeListener<Filter> filterChanged = (obs, old, f) -> refresh();
    private boolean updating;
    /** The choices changed while the panel was hidden: it is built for them when it is shown. */
    private boolean stale;

    public FilterPanel(FilterViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        root.getStyleClass().add("filter-panel");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        model.choicesProperty().addListener(new WeakChangeListener<>(choicesChanged));
        model.filterProperty().addListener(new WeakChangeListener<>(filterChanged));
        StringConverter<LocalDate> days = new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : model.dateFormat().format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.trim(), model.dateFormat());
            }
        };
        first.setConverter(days);
        last.setConverter(days);
        first.valueProperty().addListener((obs, old, d) -> datesChanged());
        last.valueProperty().addListener((obs, old, d) -> datesChanged());
        root.visibleProperty().addListener((obs, was, shown) -> {
            if (shown && stale) {
                build(model.choicesProperty().get());
            }
        });
        build(model.choicesProperty().get());
    }

    /**
     * A panel as the window builds it ahead, before any project is open (only the class group), for
     * a rehearsal ({@link org.cxlens.ui.Rehearsal}): its check list, check boxes and scroll pane
     * styled and laid out cold held the FX thread 45–100 ms in one pulse.
     */
    public static ScrollPane specimen(ResourceBundle bundle) {
        return new FilterPanel(new FilterViewModel(bundle), bundle).node();
    }

    public ScrollPane node() {
        return root;
    }

    /** A hidden panel, as it is unless the user opened it, is not built for a project's choices until it is shown. */
    private void choicesChanged() {
        stale = !root.isVisible();
        if (!stale) {
            build(model.choicesProperty().get());
        }
    }

    private void build(FilterChoices choices) {
        stale = false;
        groups.clear();
        VBox content = new VBox();
        content.getStyleClass().add("filter-content");

        Label heading = new Label(bundle.getString("filter.heading"));
        heading.getStyleClass().add("filter-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button reset = new Button(bundle.getString("filter.reset"));
        reset.getStyleClass().add("filter-reset");
        reset.setTooltip(new Tooltip(bundle.getString("filter.reset.tip")));
        reset.setOnAction(e -> model.reset());
        HBox top = new HBox(heading, gap, reset);
        top.getStyleClass().add("filter-top");
        Label hint = new Label(bundle.getString("filter.none"));
        hint.getStyleClass().add("filter-hint");
        hint.setWrapText(true);
        content.getChildren().addAll(top, hint);

        if (!choices.waves().isEmpty()) {
            add(content, new CheckGroup<>(bundle.getString("filter.wave"), null, choices.waves(), v -> v,
                    () -> model.filter().waves(), model::setWaves, search("filter.wave")));
        }
        if (choices.firstDate() != null) {
            content.getChildren().add(dates(choices));
        }
        if (!choices.departments().isEmpty()) {
            add(content, new CheckGroup<>(bundle.getString("filter.department"), bundle.getString("filter.department.tip"),
                    choices.departments(), v -> v, () -> model.filter().touchpointDepartments(), model::setDepartments,
                    search("filter.department")));
        }
        for (Map.Entry<String, List<String>> segment : choices.segments().entrySet()) {
            String name = segment.getKey();
            add(content, new CheckGroup<>(name, null, segment.getValue(), v -> v,
                    () -> model.filter().segments().getOrDefault(name, Set.of()), v -> model.setSegment(name, v),
                    new MessageFormat(bundle.getString("filter.search"), bundle.getLocale()).format(new Object[] {name})));
        }
        add(content, new CheckGroup<>(bundle.getString("filter.class"), bundle.getString("filter.class.tip"),
                List.of(ExperienceClass.values()), model::className, () -> model.filter().classes(), model::setClasses,
                search("filter.class")));
        root.setContent(content);
        refresh();
    }

    private VBox dates(FilterChoices choices) {
        Label title = new Label(bundle.getString("filter.date"));
        title.getStyleClass().add("filter-section");
        Label span = new Label(new MessageFormat(bundle.getString("filter.date.span"), bundle.getLocale())
                .format(new Object[] {model.dateFormat().format(choices.firstDate()),
                    model.dateFormat().format(choices.lastDate())}));
        span.getStyleClass().add("filter-hint");
        span.setWrapText(true);
        first.setPromptText(model.dateFormat().format(choices.firstDate()));
        last.setPromptText(model.dateFormat().format(choices.lastDate()));
        first.setMaxWidth(Double.MAX_VALUE);
        last.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-dates");
        grid.addRow(0, fixed(new Label(bundle.getString("filter.date.first"))), first);
        grid.addRow(1, fixed(new Label(bundle.getString("filter.date.last"))), last);
        GridPane.setHgrow(first, Priority.ALWAYS);
        GridPane.setHgrow(last, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("filter-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.dateProblemProperty());
        problem.visibleProperty().bind(model.dateProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(title, span, grid, problem);
        box.getStyleClass().add("filter-group");
        box.setPadding(Insets.EMPTY);
        return box;
    }

    /** A label that keeps its whole text when the panel is narrow: the date picker gives way. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void add(VBox content, CheckGroup<?> group) {
        groups.add(group);
        content.getChildren().add(group.node());
    }

    private String search(String labelKey) {
        return new MessageFormat(bundle.getString("filter.search"), bundle.getLocale())
                .format(new Object[] {bundle.getString(labelKey).toLowerCase(bundle.getLocale())});
    }

    private void refresh() {
        groups.forEach(CheckGroup::refresh);
        updating = true;
        try {
            first.setValue(model.filter().from());
            last.setValue(model.filter().to());
        } finally {
            updating = false;
        }
    }

    private void datesChanged() {
        if (!updating) {
            model.setDates(first.getValue(), last.getValue());
        }
    }
}
