package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.cxlens.domain.ClassificationScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemeStorageTest {

    @TempDir
    Path dir;

    @Test
    void theExpectationRuleIsStoredWithTheThresholds() throws Exception {
        Path file = dir.resolve("rule.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            assertThat(project.scheme()).isEqualTo(ClassificationScheme.DEFAULT);
            project.saveScheme(new ClassificationScheme(0.9, 0.7, 0.3, false));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.scheme()).isEqualTo(new ClassificationScheme(0.9, 0.7, 0.3, false));
            project.saveScheme(new ClassificationScheme(0.9, 0.7, 0.3, true));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.scheme().expectationRule()).isTrue();
        }
    }

    @Test
    void aFileWithThresholdsButNoRuleSettingAppliesTheRule() throws Exception {
        Path file = dir.resolve("older.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.saveScheme(new ClassificationScheme(0.9, 0.7, 0.3, false));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM settings WHERE key = 'scheme.expectation_rule'");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.scheme()).isEqualTo(new ClassificationScheme(0.9, 0.7, 0.3, true));
        }
    }
}
