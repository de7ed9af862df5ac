package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.respondent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.ClassLookup;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.TouchpointSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scale whose best answer is 1 is stored worst first, read back as declared and never merged with 1–5. */
class ReversedScaleStorageTest {

    private static final Scale FIVE_TO_ONE = Scale.of(5, 1);

    @TempDir
    Path dir;

    private static ImportMeta meta(String fileName, Scale overall) {
        return new ImportMeta(fileName, fileName + "-sha", "Sheet1", "{\"layout\":\"wide\"}",
                Instant.parse("2026-11-30T10:00:00Z"), overall, Scale.of(0, 10));
    }

    private static TouchpointSpec delivery(Scale scale) {
        return new TouchpointSpec("Delivery", null, MomentType.STANDARD, 1, scale);
    }

    @Test
    void aFiveToOneScaleRoundTripsWithItsRawScoresAndClassifiesTheOnesAsDelighted() throws Exception {
        Path file = dir.resolve("reversed.cxlens");
        try (ProjectFile project = ProjectFile.create(file);
             ImportSink sink = project.begin(meta("wave1.csv", FIVE_TO_ONE))) {
            sink.touchpoint(delivery(FIVE_TO_ONE));
            double[] overall = {1, 2, 3, 5};
            double[] delivery = {1, 4, 2, 5};
            for (int r = 0; r < overall.length; r++) {
                sink.respondent(respondent("R" + r, r + 2, null, null, overall[r], null, NA, new double[] {delivery[r]},
                        new Expectation[1], new String[0], List.of()));
            }
            sink.commit(new ImportCounts(4, 4, 0, 0));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            SurveyData data = project.loadSurveyData();

            assertThat(data.touchpoints().get(0).scale()).isEqualTo(FIVE_TO_ONE);
            assertThat(data.imports().get(0).overall()).isEqualTo(FIVE_TO_ONE);
            assertThat(data.overall()).containsExactly(1f, 2f, 3f, 5f);
            assertThat(data.scores()[0]).containsExactly(1f, 4f, 2f, 5f);
            // 5–1: p(1) = 1.0 delighted, p(2) = 0.75 satisfied, p(3) = 0.5 indifferent, p(5) = 0 indifferent and
            // needing recovery; the delivery 4 is p = 0.25, below 0.35.
            ClassLookup classes = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                    .classLookup(ClassificationScheme.DEFAULT);
            assertThat(List.of(classes.respondentClass(0), classes.respondentClass(1), classes.respondentClass(2),
                    classes.respondentClass(3))).containsExactly(ExperienceClass.DELIGHTED.ordinal(),
                    ExperienceClass.SATISFIED.ordinal(), ExperienceClass.INDIFFERENT.ordinal(),
                    ExperienceClass.INDIFFERENT.ordinal());
            assertThat(classes.experienceClass(0, 0)).isEqualTo(ExperienceClass.DELIGHTED.ordinal());
            assertThat(classes.experienceRecovery(0, 1)).isTrue();
            assertThat(classes.experienceRecovery(0, 2)).isFalse();
            assertThat(classes.respondentRecovery(3)).isTrue();
        }
    }

    @Test
    void aLaterWaveRatingTheTouchpointOneToFiveIsAScaleConflict() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("waves.cxlens"))) {
            try (ImportSink sink = project.begin(meta("wave1.csv", FIVE_TO_ONE))) {
                sink.touchpoint(delivery(FIVE_TO_ONE));
                sink.respondent(TestData.simple(2, 1));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            try (ImportSink sink = project.begin(meta("wave2.csv", Scale.of(1, 5)))) {
                assertThatThrownBy(() -> sink.touchpoint(delivery(Scale.of(1, 5))))
                        .isInstanceOfSatisfying(CxLensException.class, e -> {
                            assertThat(e.userMessage().key()).isEqualTo("storage.import.scaleMismatch");
                            assertThat(e.getMessage()).contains("Delivery", "1–5", "5–1");
                        });
            }
            assertThat(project.summary().importCount()).isEqualTo(1);
        }
    }
}
