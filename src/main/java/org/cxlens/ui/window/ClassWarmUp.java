package org.cxlens.ui.window;

import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.control.skin.ListCellSkin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.ScrollBarSkin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.control.skin.TabPaneSkin;
import javafx.scene.control.skin.TableCellSkin;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.ToggleButtonSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.cxlens.ui.drill.DrillDownDialog;
import org.cxlens.ui.filter.FilterPanel;
import org.cxlens.ui.overview.ClassBarChart;
import org.cxlens.ui.overview.OverviewView;

/**
 * Loads and initialises, on a thread of its own once the start page is painted, the classes that
 * opening a project and a drill-down first need: the skins of the page list, the overview's tabs
 * and charts, the filter panel and the drill-down table. Loaded there, they are not loaded on the
 * FX thread while it builds those views (a sixth of its first open, profiled).
 */
final class ClassWarmUp {

    private ClassWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(ClassWarmUp::load, "cxlens-class-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The list is made here, on the warm-up thread: naming a class loads it. */
    private static void load() {
        List<Class<?>> classes = List.of(
                ListViewSkin.class, ListCellSkin.class, VirtualFlow.class, ScrollBarSkin.class, ScrollPaneSkin.class,
                TabPaneSkin.class, ButtonSkin.class, ToggleButtonSkin.class, TextFieldSkin.class, DatePickerSkin.class,
                StackedBarChart.class, CategoryAxis.class, NumberAxis.class, ClassBarChart.class, OverviewView.class,
                FilterPanel.class, TableViewSkin.class, TableHeaderRow.class, TableColumnHeader.class, TableRowSkin.class,
                TableCellSkin.class, DrillDownDialog.class);
        for (Class<?> c : classes) {
            try {
                // Initialised too (static style metadata), which naming the class alone does not do.
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                // The class was just loaded by its literal; not finding it again would only leave it cold.
            }
        }
    }
}
