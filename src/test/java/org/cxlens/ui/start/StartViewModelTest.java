package org.cxlens.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.Message;
import org.cxlens.testing.TestFiles;
import org.cxlens.ui.SyncRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartViewModelTest {

    @TempDir
    Path dir;

    @Test
    void recentFilesShowTheirRespondentCountsAndMissingFilesStayListedAsMissing() throws Exception {
        Path demo = TestProjects.demo();
        Path gone = dir.resolve("moved.cxlens");
        Path text = Files.writeString(dir.resolve("notes.cxlens"), "not a project");
        String demoBefore = TestFiles.sha256(demo);

        StartViewModel model = new StartViewModel(new SyncRunner(), List.of(demo, gone, text));
        assertThat(model.recent()).extracting(RecentFile::state).containsOnly(RecentFile.State.COUNTING);
        model.countAll();

        assertThat(model.recent()).extracting(RecentFile::state).containsExactly(
                RecentFile.State.COUNTED, RecentFile.State.MISSING, RecentFile.State.UNREADABLE);
        assertThat(model.recent().get(0).respondents()).isEqualTo(1500);
        // Counting reads without opening for writing: neither file is touched.
        assertThat(TestFiles.sha256(demo)).isEqualTo(demoBefore);
        assertThat(Files.readString(text)).isEqualTo("not a project");
        ResourceBundle en = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);
        ResourceBundle nl = ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl"));
        assertThat(StartViewModel.describe(model.recent().get(0), en)).isEqualTo("1,500 respondents");
        assertThat(StartViewModel.describe(model.recent().get(0), nl)).isEqualTo("1.500 respondenten");
        assertThat(StartViewModel.describe(model.recent().get(1), en)).isEqualTo("missing");

        model.remove(gone);
        assertThat(model.paths()).containsExactly(demo, text);
    }

    @Test
    void anOpenedProjectMovesToTheTopAndTheListKeepsTheEightMostRecent() {
        List<Path> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> dir.resolve("p" + i + ".cxlens")).toList();
        StartViewModel model = new StartViewModel(new SyncRunner(), ten);
        assertThat(model.paths()).hasSize(8).startsWith(ten.get(0));

        model.opened(ten.get(3));
        assertThat(model.paths()).hasSize(8).startsWith(ten.get(3), ten.get(0), ten.get(1), ten.get(2), ten.get(4));

        Path fresh = dir.resolve("new.cxlens");
        model.opened(fresh);
        assertThat(model.paths()).hasSize(8).startsWith(fresh, ten.get(3)).doesNotContain(ten.get(7));
    }
}
