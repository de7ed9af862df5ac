package org.cxlens.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cxlens.report.CsvDialect;

/**
 * The save dialog of every CSV the app writes: the file, and by the file type chosen, its
 * dialect (comma or semicolon, {@link CsvDialect}); the computer region's dialect comes
 * preselected, since that is the one its Excel opens.
 */
public final class CsvSaveDialog {

    /** The file chosen and the dialect to write it in. */
    public record Choice(Path file, CsvDialect dialect) {
    }

    private CsvSaveDialog() {
    }

    public static Optional<Choice> show(Window owner, String title, String fileName, ResourceBundle bundle) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Map<CsvDialect, FileChooser.ExtensionFilter> filters = new EnumMap<>(CsvDialect.class);
        for (CsvDialect d : CsvDialect.values()) {
            filters.put(d, new FileChooser.ExtensionFilter(bundle.getString("csv.filter." + d.name()), "*.csv"));
        }
        chooser.getExtensionFilters().setAll(filters.values());
        chooser.setSelectedExtensionFilter(filters.get(CsvDialect.ofRegion()));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        CsvDialect chosen = filters.entrySet().stream()
                .filter(e -> e.getValue() == chooser.getSelectedExtensionFilter()).map(Map.Entry::getKey)
                .findFirst().orElse(CsvDialect.ofRegion());
        Path path = file.toPath();
        // GTK's dialog keeps a name typed without its extension as it is.
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            path = path.resolveSibling(path.getFileName() + ".csv");
        }
        return Optional.of(new Choice(path, chosen));
    }
}
