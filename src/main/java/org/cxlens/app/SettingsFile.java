package org.cxlens.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.cxlens.ui.window.SettingsStore;
import org.cxlens.ui.window.Theme;
import org.cxlens.ui.window.WindowBounds;
import org.cxlens.ui.window.WindowSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's settings as a small properties file in the app folder, readable and editable by
 * hand. A missing or unreadable file gives the defaults: the settings are a convenience, never
 * a reason not to start. The window saves on the FX thread (after a project opens, a language or
 * theme switch), so the file is written on a thread of its own, one save after the other in the
 * order they were made; that thread is no daemon, so the last save is written before the app
 * ends, and a load waits for the saves made before it.
 */
final class SettingsFile implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    static final String FILE_NAME = "settings.properties";
    private static final List<String> LANGUAGES = List.of("en", "nl");
    /** One thread, ending soon after its last save. */
    private static final ExecutorService WRITER = new ThreadPoolExecutor(0, 1, 200, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), work -> new Thread(work, "cxlens-settings"));

    private final Path file;

    SettingsFile(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    @Override
    public WindowSettings load() {
        awaitSaves();
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Settings {} cannot be read ({}); using the defaults", file, e.getMessage());
                p.clear();
            }
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; p.containsKey("recent." + i); i++) {
            recent.add(Path.of(p.getProperty("recent." + i)));
        }
        return new WindowSettings(bounds(p), recent, language(p.getProperty("language")),
                "dark".equals(p.getProperty("theme")) ? Theme.DARK : Theme.LIGHT);
    }

    /** The saved language, else the system's when it is one of ours, else English. */
    private static Locale language(String saved) {
        String tag = saved != null ? saved : Locale.getDefault().getLanguage();
        return LANGUAGES.contains(tag) ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }

    private static WindowBounds bounds(Properties p) {
        try {
            return new WindowBounds(Double.parseDouble(p.getProperty("window.x")),
                    Double.parseDouble(p.getProperty("window.y")),
                    Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height")),
                    Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void save(WindowSettings settings) {
        Properties p = new Properties();
        WindowBounds b = settings.bounds();
        if (b != null) {
            p.setProperty("window.x", String.valueOf(b.x()));
            p.setProperty("window.y", String.valueOf(b.y()));
            p.setProperty("window.width", String.valueOf(b.width()));
            p.setProperty("window.height", String.valueOf(b.height()));
            p.setProperty("window.maximized", String.valueOf(b.maximized()));
        }
        for (int i = 0; i < settings.recent().size(); i++) {
            p.setProperty("recent." + i, settings.recent().get(i).toString());
        }
        p.setProperty("language", settings.language().getLanguage());
        p.setProperty("theme", settings.theme() == Theme.DARK ? "dark" : "light");
        WRITER.execute(() -> write(p));
    }

    private static void awaitSaves() {
        try {
            WRITER.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Properties p) {
        Path part = file.resolveSibling(FILE_NAME + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "CX Lens settings");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings could not be saved to {}: {}", file, e.getMessage());
        }
    }
}
