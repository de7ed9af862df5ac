package org.cxlens.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.storage.ProjectFile;

/**
 * A project of two waves that name the delivery differently: wave 2025-Q1 ("wave1.csv", 40
 * respondents) calls it "Lieferung", owned by "Logistik"; wave 2025-Q2 ("wave2.xlsx", 35
 * respondents) calls it "Delivery", owned by "Logistics". Nobody answered both, so they merge
 * into one touchpoint of 75 answers. Website and Invoice are in both waves. Wave 1 has 45
 * problems, so its problems fill more than a screen.
 */
public final class TwoWaveProject {

    public static final int WAVE1 = 40;
    public static final int WAVE2 = 35;
    public static final int WAVE1_PROBLEMS = 45;

    private TwoWaveProject() {
    }

    public static Path create(Path dir) throws CxLensException {
        Path file = dir.resolve("two-waves.cxlens");
        Scale scale = Scale.of(0, 10);
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("wave1.csv", null, "a1", "2025-03-02T09:15:00Z"))) {
                sink.touchpoint(new TouchpointSpec("Website", "Marketing", MomentType.STANDARD, 1, scale));
                sink.touchpoint(new TouchpointSpec("Lieferung", "Logistik", MomentType.MOMENT_OF_TRUTH, 2, scale));
                sink.touchpoint(new TouchpointSpec("Invoice", "Finance", MomentType.STANDARD, 3, scale));
                for (int r = 0; r < WAVE1; r++) {
                    sink.respondent(respondent(r + 2, "2025-Q1", LocalDateTime.of(2025, 2, 1 + r % 28, 10, 0),
                            new double[] {4 + r % 7, 3 + (r * 7) % 8, 5 + r % 6}));
                }
                for (int p = 0; p < WAVE1_PROBLEMS; p++) {
                    int row = WAVE1 + 2 + p;
                    String value = p % 3 == 0 ? "=HYPERLINK(\"x\")" : "eleven " + p;
                    sink.problem(new ImportProblem(row, "Website", value,
                            Message.of("importer.load.unknownLabel", value, "0–10")));
                }
                sink.commit(new ImportCounts(WAVE1 + WAVE1_PROBLEMS, WAVE1, WAVE1_PROBLEMS, WAVE1_PROBLEMS));
            }
            try (ImportSink sink = project.begin(meta("wave2.xlsx", "Responses", "b2", "2025-06-03T14:40:00Z"))) {
                sink.touchpoint(new TouchpointSpec("Website", "Marketing", MomentType.STANDARD, 1, scale));
                sink.touchpoint(new TouchpointSpec("Invoice", "Finance", MomentType.STANDARD, 3, scale));
                sink.touchpoint(new TouchpointSpec("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, 4, scale));
                for (int r = 0; r < WAVE2; r++) {
                    sink.respondent(respondent(r + 2, "2025-Q2", LocalDateTime.of(2025, 5, 1 + r % 28, 10, 0),
                            new double[] {5 + r % 6, Double.NaN, 6 + r % 5, 4 + (r * 3) % 7}));
                }
                sink.commit(new ImportCounts(WAVE2, WAVE2, 0, 0));
            }
        }
        return file;
    }

    private static ImportMeta meta(String file, String sheet, String sha, String when) {
        return new ImportMeta(file, sha.repeat(32), sheet, "{}", Instant.parse(when), Scale.of(0, 10), Scale.of(0, 10));
    }

    private static RespondentRecord respondent(int row, String wave, LocalDateTime date, double[] scores) {
        return new RespondentRecord("R" + wave.charAt(6) + row, row, null, wave, date, Double.NaN, scores[0],
                null, Double.NaN, scores, new Expectation[scores.length], new String[0], List.of());
    }
}
