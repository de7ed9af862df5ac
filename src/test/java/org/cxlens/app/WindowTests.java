package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javax.imageio.ImageIO;
import org.cxlens.testing.FxLookup;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: waiting for the window to catch up, menu items by id, and screenshots under target/screenshots. */
final class WindowTests {

    static final Path SHOTS = Path.of("target", "screenshots");

    private WindowTests() {
    }

    /**
     * Waits up to 30 s for the condition, asked on the FX thread (a lookup beside the FX thread's
     * changes to the scene can fail midway), then for the FX events it caused. The condition only
     * reads: it must not wait for the FX thread itself.
     */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether the table {@code tableQuery} finds has rows and each of them with an item has its
     * cells: its rows make them a few a pulse (RowCellsByPulse). Call on the FX thread, as {@link #waitFor} does.
     */
    static boolean rowsHaveCells(String tableQuery) {
        List<TableRow<?>> rows = FxLookup.lookup(tableQuery + " .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(row -> !row.isEmpty() && row.isVisible()).toList();
        return !rows.isEmpty() && rows.stream().allMatch(row -> !row.getChildrenUnmodifiable().isEmpty());
    }

    /** What {@code look} finds, looked up on the FX thread, for a window still building itself pulse by pulse. */
    static <T> T onFx(Callable<T> look) throws Exception {
        return WaitForAsyncUtils.asyncFx(look).get();
    }

    /** Writes a snapshot of the scene as {@code target/screenshots/<name>.png}. */
    static void shot(FxRobot robot, Scene scene, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }

    /** The menu item with that id, in a menu or one of its submenus. */
    static MenuItem menuItem(MenuBar bar, String id) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
                if (item instanceof Menu sub) {
                    for (MenuItem inner : sub.getItems()) {
                        if (id.equals(inner.getId())) {
                            return inner;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
