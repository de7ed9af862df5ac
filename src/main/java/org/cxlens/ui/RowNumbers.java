package org.cxlens.ui;

import java.util.AbstractList;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Items for a virtualised table or list whose rows come page by page from a view model: the row
 * numbers 0 .. size-1, without holding them, so the items cost nothing however many rows there are.
 */
public final class RowNumbers {

    private RowNumbers() {
    }

    public static ObservableList<Integer> upTo(int size) {
        return FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return size;
            }
        });
    }
}
