package org.cxlens.ui.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * One section of the filter panel: a heading and the values to check, with a search field when
 * there are many. The checks follow the filter (a removed chip unchecks them) and change it.
 */
final class CheckGroup<T> {

    private static final int SEARCH_FROM = 8;
    private static final int ROWS_SHOWN = 6;
    private static final double ROW_HEIGHT = 24;
    // The list's border and padding: without it the last row needs a scroll bar.
    private static final double LIST_INSETS = 6;

    private final List<T> values;
    private final Function<T, String> name;
    private final Supplier<Set<T>> kept;
    private final Consumer<Set<T>> change;
    private final CheckListView<T> list = new CheckListView<>();
    private final VBox node = new VBox();
    private boolean updating;

    CheckGroup(String heading, String tip, List<T> values, Function<T, String> name, Supplier<Set<T>> kept,
               Consumer<Set<T>> change, String searchPrompt) {
        this.values = List.copyOf(values);
        this.name = name;
        this.kept = kept;
        this.change = change;
        Label title = new Label(heading);
        title.getStyleClass().add("filter-section");
        if (tip != null) {
            title.setTooltip(new Tooltip(tip));
        }
        node.getStyleClass().add("filter-group");
        node.getChildren().add(title);
        if (values.size() >= SEARCH_FROM) {
            TextField search = new TextField();
            search.setPromptText(searchPrompt);
            search.getStyleClass().add("filter-search");
            search.textProperty().addListener((obs, old, text) -> show(text));
            node.getChildren().add(search);
        }
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(Math.min(values.size(), ROWS_SHOWN) * ROW_HEIGHT + LIST_INSETS);
        list.setMinHeight(list.getPrefHeight());
        list.getStyleClass().add("filter-checks");
        StringConverter<T> names = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty, names));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> checked());
        node.getChildren().add(list);
        show("");
    }

    VBox node() {
        return node;
    }

    /** The checks again from the filter, after it changed elsewhere (a chip, reset). */
    void refresh() {
        updating = true;
        try {
            Set<T> keep = kept.get();
            for (T value : list.getItems()) {
                if (keep.contains(value) != list.getCheckModel().isChecked(value)) {
                    if (keep.contains(value)) {
                        list.getCheckModel().check(value);
                    } else {
                        list.getCheckModel().clearCheck(value);
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    /** Only the values containing the text; checks of hidden values stay in the filter. */
    private void show(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        updating = true;
        try {
            list.getItems().setAll(values.stream()
                    .filter(v -> name.apply(v).toLowerCase(Locale.ROOT).contains(wanted)).toList());
        } finally {
            updating = false;
        }
        refresh();
    }

    private void checked() {
        if (updating) {
            return;
        }
        Set<T> keep = new HashSet<>(kept.get());
        keep.removeAll(list.getItems());
        keep.addAll(new ArrayList<>(list.getCheckModel().getCheckedItems()));
        change.accept(keep);
    }
}
