package org.cxlens.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxlens.ui.TaskRunner;
import org.cxlens.workspace.OpenProject;

/**
 * The recent projects of the start page: most recent first, at most {@value #MAX_RECENT}, each
 * with its respondent count read off the FX thread. A file that has gone stays listed as
 * missing until the user removes it, so a moved project is noticed rather than forgotten.
 */
public final class StartViewModel {

    static final int MAX_RECENT = 8;

    private final TaskRunner runner;
    private final ObservableList<RecentFile> recent = FXCollections.observableArrayList();

    public StartViewModel(TaskRunner runner, List<Path> paths) {
        this.runner = runner;
        paths.stream().limit(MAX_RECENT).forEach(p -> recent.add(RecentFile.counting(p)));
    }

    /**
     * Reads the respondent counts off the FX thread. Called once the window shows, not on
     * construction: the window is built on another thread while JavaFX starts, and a count
     * arriving on the FX thread meanwhile would change the list while that thread binds to it.
     */
    public void countAll() {
        recent.forEach(r -> count(r.path()));
    }

    public ObservableList<RecentFile> recent() {
        return recent;
    }

    public List<Path> paths() {
        return recent.stream().map(RecentFile::path).toList();
    }

    /** Puts a project just opened on top of the list. */
    public void opened(Path path) {
        Path file = path.toAbsolutePath().normalize();
        List<RecentFile> list = new ArrayList<>(recent);
        list.removeIf(r -> r.path().equals(file));
        list.add(0, RecentFile.counting(file));
        recent.setAll(list.subList(0, Math.min(MAX_RECENT, list.size())));
        count(file);
    }

    public void remove(Path path) {
        recent.removeIf(r -> r.path().equals(path));
    }

    /** "1,500 respondents", "missing" or "cannot be read", in the bundle's language. */
    public static String describe(RecentFile file, ResourceBundle bundle) {
        return switch (file.state()) {
            case COUNTING -> bundle.getString("start.recent.counting");
            case COUNTED -> new MessageFormat(bundle.getString("start.recent.respondents"), bundle.getLocale())
                    .format(new Object[] {file.respondents()});
            case MISSING -> bundle.getString("start.recent.missing");
            case UNREADABLE -> bundle.getString("start.recent.unreadable");
        };
    }

    private void count(Path path) {
        runner.run(progress -> {
            if (!Files.isRegularFile(path)) {
                return new RecentFile(path, -1, RecentFile.State.MISSING);
            }
            return new RecentFile(path, OpenProject.respondentCount(path), RecentFile.State.COUNTED);
        }, this::replace, e -> replace(new RecentFile(path, -1, RecentFile.State.UNREADABLE)));
    }

    private void replace(RecentFile counted) {
        for (int i = 0; i < recent.size(); i++) {
            if (recent.get(i).path().equals(counted.path())) {
                recent.set(i, counted);
                return;
            }
        }
    }
}
