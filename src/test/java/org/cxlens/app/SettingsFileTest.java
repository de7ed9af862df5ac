package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxlens.ui.window.Theme;
import org.cxlens.ui.window.WindowBounds;
import org.cxlens.ui.window.WindowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() {
        WindowSettings settings = new WindowSettings(new WindowBounds(40, 60, 1400, 900, false),
                List.of(dir.resolve("b.cxlens"), dir.resolve("a b.cxlens")), Locale.forLanguageTag("nl"), Theme.DARK);

        new SettingsFile(dir).save(settings);
        WindowSettings loaded = new SettingsFile(dir).load();

        assertThat(loaded).isEqualTo(settings);
        assertThat(dir.resolve(SettingsFile.FILE_NAME + ".part")).doesNotExist();
    }

    @Test
    void savesAreWrittenInTheOrderMadeSoTheLastOneLoads() {
        SettingsFile file = new SettingsFile(dir);
        for (int i = 0; i < 20; i++) {
            file.save(new WindowSettings(null, List.of(dir.resolve(i + ".cxlens")), Locale.ENGLISH,
                    i % 2 == 0 ? Theme.DARK : Theme.LIGHT));
        }

        WindowSettings loaded = new SettingsFile(dir).load();

        assertThat(loaded.recent()).containsExactly(dir.resolve("19.cxlens"));
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        WindowSettings none = new SettingsFile(dir).load();
        assertThat(none.bounds()).isNull();
        assertThat(none.recent()).isEmpty();
        assertThat(none.theme()).isEqualTo(Theme.LIGHT);

        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), "window.x=left\nwindow.y=3\nlanguage=fr\ntheme=purple\n");
        WindowSettings damaged = new SettingsFile(dir).load();
        assertThat(damaged.bounds()).isNull();
        assertThat(damaged.language().getLanguage()).isIn("en", "nl");
        assertThat(damaged.theme()).isEqualTo(Theme.LIGHT);
    }
}
