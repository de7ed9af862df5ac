package org.cxlens.ui.drivers;

import java.util.Comparator;
import java.util.function.Function;
import javafx.scene.control.TableCell;

/** Cells and orders shared by the tables of the drivers and priorities pages. */
public final class PageTables {

    private PageTables() {
    }

    /** Ascending by value, unknown values (NaN) after every known one. */
    public static Comparator<Double> unknownLast() {
        return Comparator.nullsLast(Comparator.comparingDouble(v -> Double.isNaN(v) ? Double.POSITIVE_INFINITY : v));
    }

    /** A right-aligned cell showing its number formatted. */
    public static <S> TableCell<S, Double> formatted(Function<Double, String> format) {
        TableCell<S, Double> cell = new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : format.apply(value));
            }
        };
        cell.getStyleClass().add("number-cell");
        return cell;
    }
}
