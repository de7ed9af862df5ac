package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.meta;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyDataTest {

    private static final float NAF = Float.NaN;

    @TempDir
    Path dir;

    @Test
    void surveyDataHoldsTheImportedValuesColumnWise() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("data.cxlens"))) {
            ProjectImportTest.importHotelSurvey(project);
            assertHotelSurvey(project.loadSurveyData());
        }
    }

    @Test
    void theSecondLoadComesFromTheColumnCacheWithTheSameValues() throws Exception {
        Path file = dir.resolve("cache.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            ProjectImportTest.importHotelSurvey(project);
            project.loadSurveyData();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(ProjectImportTest.rows(st, "SELECT DISTINCT generation FROM column_cache"))
                    .containsExactly(List.of(1));
            // Prove the next load reads the cache, not the tables: change a table behind its back.
            st.executeUpdate("UPDATE respondents SET overall = 1");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertHotelSurvey(project.loadSurveyData());
        }
    }

    @Test
    void anImportMakesTheCacheStale() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("stale.cxlens"))) {
            ProjectImportTest.importHotelSurvey(project);
            assertThat(project.loadSurveyData().size()).isEqualTo(3);
            try (ImportSink sink = project.begin(meta("more.csv", "ff66"))) {
                sink.touchpoint(TestData.touchpoint("Room", null));
                sink.attributes(List.of("Region"));
                sink.respondent(new RespondentRecord("X", 2, "Sales", "W3", null, 2.5, 4, null, NA,
                        new double[] {NA, 8}, null, TestData.attributes("Oost"), List.of()));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            SurveyData d = project.loadSurveyData();
            assertThat(d.size()).isEqualTo(4);
            assertThat(d.imports()).hasSize(2);
            assertThat(d.importIndex()).containsExactly(0, 0, 0, 1);
            assertThat(d.scores()[1]).containsExactly(NAF, 4f, NAF, 8f);
            assertThat(d.weighted()).isTrue();
            assertThat(d.weight()).containsExactly(1f, 1f, 1f, 2.5f);
            assertThat(d.department().values()).containsExactly("Sales");
            assertThat(d.department().codes()).containsExactly(-1, -1, -1, 0);
            assertThat(d.wave().values()).containsExactly("W1", "W2", "W3");
            assertThat(d.segments().get(0).column().values()).containsExactly("Noord", "Oost", "Zuid \"Holland\"");
            assertThat(d.segments().get(0).column().codes()).containsExactly(2, 0, -1, 1);
        }
    }

    @Test
    void theCacheExtendedByAnImportEqualsDataReadFromTheTables() throws Exception {
        Path file = dir.resolve("paths.cxlens");
        SurveyData extended;
        try (ProjectFile project = ProjectFile.create(file)) {
            ProjectImportTest.importHotelSurvey(project);
            try (ImportSink sink = project.begin(meta("more.csv", "ff66"))) {
                sink.touchpoint(TestData.touchpoint("Spa", "Wellness"));
                sink.touchpoint(TestData.touchpoint("Room", null));
                sink.attributes(List.of("Age"));
                sink.respondent(new RespondentRecord("X", 2, "Sales", "W0", null, 0.5, 4, null, 7.25,
                        new double[] {6, NA, NA, 3.5}, null, TestData.attributes("30-39"), List.of()));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            extended = project.loadSurveyData();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM column_cache");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            SurveyData fromTables = project.loadSurveyData();
            assertSameData(fromTables, extended);
            assertThat(extended.scores()[0]).containsExactly(7.5f, 0f, NAF, 6f);
            assertThat(extended.scores()[1]).containsExactly(NAF, 4f, NAF, NAF);
            assertThat(extended.scores()[3]).containsExactly(NAF, NAF, NAF, 3.5f);
            assertThat(extended.recommend()[3]).isEqualTo(7.25f);
            assertThat(extended.segments()).extracting(SurveyData.Segment::name).containsExactly("Region", "Note", "Age");
            assertThat(extended.segments().get(2).column().codes()).containsExactly(-1, -1, -1, 0);
            assertThat(extended.wave().values()).containsExactly("W0", "W1", "W2");
            assertThat(extended.wave().codes()).containsExactly(1, 2, -1, 0);
        }
    }

    @Test
    void anImportAfterTheCacheWasDroppedLeavesItToBeRebuilt() throws Exception {
        Path file = dir.resolve("dropped.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            ProjectImportTest.importHotelSurvey(project);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM column_cache");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            try (ImportSink sink = project.begin(meta("more.csv", "ff66"))) {
                sink.touchpoint(TestData.touchpoint("Room", null));
                sink.respondent(TestData.simple(2, NA, 9));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            SurveyData d = project.loadSurveyData();
            assertThat(d.size()).isEqualTo(4);
            assertThat(d.scores()[1]).containsExactly(NAF, 4f, NAF, 9f);
        }
    }

    @Test
    void readingTheTablesInSeveralRangesGivesTheSameDataAsOneRange() throws Exception {
        Path file = dir.resolve("ranges.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            ProjectImportTest.importHotelSurvey(project);
            try (ImportSink sink = project.begin(meta("more.csv", "ff66"))) {
                sink.touchpoint(TestData.touchpoint("Room", null));
                String[] waves = {"W3", "W0", null, "W1"};
                sink.attributes(List.of("Region"));
                for (int i = 0; i < 8; i++) {
                    sink.respondent(new RespondentRecord("M" + i, i + 2, i % 2 == 0 ? "Sales" : "Aftersales",
                            waves[i % 4], null, NA, i, null, NA, new double[] {NA, i}, null,
                            TestData.attributes(i < 4 ? "Oost" : "Noord"), List.of()));
                }
                sink.commit(new ImportCounts(8, 8, 0, 0));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                List<org.cxlens.domain.Touchpoint> touchpoints = project.touchpoints();
                List<SurveyData.ImportScales> imports = SurveyDataLoader.importScales(c);
                SurveyData one = SurveyTableReader.read(project, c, touchpoints, imports, 11, 1);
                SurveyData three = SurveyTableReader.read(project, c, touchpoints, imports, 11, 3);
                assertSameData(three, one);
                assertSameData(project.loadSurveyData(), one);
                assertThat(one.wave().values()).containsExactly("W0", "W1", "W2", "W3");
                assertThat(one.wave().codes()).containsExactly(1, 2, -1, 3, 0, -1, 1, 3, 0, -1, 1);
                assertThat(one.department().values()).containsExactly("Aftersales", "Sales");
                assertThat(one.department().codes()).containsExactly(-1, -1, -1, 1, 0, 1, 0, 1, 0, 1, 0);
                assertThat(one.segments().get(0).column().values()).containsExactly("Noord", "Oost", "Zuid \"Holland\"");
                assertThat(one.segments().get(0).column().codes()).containsExactly(2, 0, -1, 1, 1, 1, 1, 0, 0, 0, 0);
                assertThat(one.scores()[1]).containsExactly(NAF, 4f, NAF, 0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f);
            }
        }
    }

    @Test
    void anEmptyProjectGivesEmptyData() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("empty.cxlens"))) {
            SurveyData d = project.loadSurveyData();
            assertThat(d.size()).isZero();
            assertThat(d.touchpoints()).isEmpty();
            assertThat(d.segments()).isEmpty();
        }
    }

    @Test
    void saveCopyWritesAProjectThatOpensWithTheSameData() throws Exception {
        Path copy = dir.resolve("copy.cxlens");
        try (ProjectFile project = ProjectFile.create(dir.resolve("original.cxlens"))) {
            ProjectImportTest.importHotelSurvey(project);
            project.saveCopy(copy);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.saveCopy(copy))
                    .isInstanceOfSatisfying(org.cxlens.domain.CxLensException.class,
                            e -> assertThat(e.userMessage().key()).isEqualTo("storage.copy.exists"));
        }
        try (ProjectFile project = ProjectFile.open(copy)) {
            assertThat(project.summary().respondents()).isEqualTo(3);
            assertHotelSurvey(project.loadSurveyData());
        }
    }

    /** Field by field; arrays compared by Arrays.equals, which counts NaN equal to NaN. */
    private static void assertSameData(SurveyData a, SurveyData b) {
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(a.touchpoints()).isEqualTo(b.touchpoints());
        assertThat(a.imports()).isEqualTo(b.imports());
        assertThat(Arrays.equals(a.importIndex(), b.importIndex())).as("importIndex").isTrue();
        assertThat(Arrays.equals(a.overall(), b.overall())).as("overall").isTrue();
        assertThat(Arrays.equals(a.overallExpectation(), b.overallExpectation())).as("overallExpectation").isTrue();
        assertThat(Arrays.equals(a.recommend(), b.recommend())).as("recommend").isTrue();
        assertThat(Arrays.deepEquals(a.scores(), b.scores())).as("scores").isTrue();
        assertThat(Arrays.deepEquals(a.expectations(), b.expectations())).as("expectations").isTrue();
        assertThat(Arrays.equals(a.weight(), b.weight())).as("weight").isTrue();
        assertThat(a.weighted()).isEqualTo(b.weighted());
        assertThat(Arrays.equals(a.epochDay(), b.epochDay())).as("epochDay").isTrue();
        assertThat(a.wave().values()).isEqualTo(b.wave().values());
        assertThat(a.wave().codes()).isEqualTo(b.wave().codes());
        assertThat(a.department().values()).isEqualTo(b.department().values());
        assertThat(a.department().codes()).isEqualTo(b.department().codes());
        assertThat(a.segments()).hasSameSizeAs(b.segments());
        for (int i = 0; i < a.segments().size(); i++) {
            assertThat(a.segments().get(i).name()).isEqualTo(b.segments().get(i).name());
            assertThat(a.segments().get(i).column().values()).isEqualTo(b.segments().get(i).column().values());
            assertThat(a.segments().get(i).column().codes()).isEqualTo(b.segments().get(i).column().codes());
        }
    }

    private static void assertHotelSurvey(SurveyData d) {
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.touchpoints()).extracting(t -> t.name()).containsExactly("Reception", "Room", "Checkout");
        assertThat(d.imports()).hasSize(1);
        assertThat(d.imports().get(0).overall()).isEqualTo(Scale.of(0, 10));
        assertThat(d.importIndex()).containsExactly(0, 0, 0);
        assertThat(d.overall()).containsExactly(8f, NAF, 6f);
        assertThat(d.overallExpectation()).containsExactly(2, -1, 0);
        assertThat(d.recommend()).containsExactly(9f, 3f, NAF);
        assertThat(d.scores()[0]).containsExactly(7.5f, 0f, NAF);
        assertThat(d.scores()[1]).containsExactly(NAF, 4f, NAF);
        assertThat(d.scores()[2]).containsExactly(10f, NAF, NAF);
        assertThat(d.expectations()[0]).containsExactly(2, -1, -1);
        assertThat(d.expectations()[1]).containsExactly(-1, 1, -1);
        assertThat(d.expectations()[2]).containsExactly(0, -1, -1);
        assertThat(d.weighted()).isFalse();
        assertThat(d.weight()).containsExactly(1f, 1f, 1f);
        // 2024-01-01 is day 19723 (54 years of 365 days plus 13 leap days); March 1 is 31 + 29 days later.
        assertThat(d.epochDay()).containsExactly(19783, 19784, Integer.MIN_VALUE);
        assertThat(d.wave().values()).containsExactly("W1", "W2");
        assertThat(d.wave().codes()).containsExactly(0, 1, -1);
        assertThat(d.department().values()).isEmpty();
        assertThat(d.department().codes()).containsExactly(-1, -1, -1);
        assertThat(d.segments()).extracting(SurveyData.Segment::name).containsExactly("Region", "Note");
        assertThat(d.segments().get(0).column().values()).containsExactly("Noord", "Zuid \"Holland\"");
        assertThat(d.segments().get(0).column().codes()).containsExactly(1, 0, -1);
        assertThat(d.segments().get(1).column().values()).containsExactly("café ☕ 😀 \\ end");
        assertThat(d.segments().get(1).column().codes()).containsExactly(0, -1, -1);
    }
}
