package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A touchpoint rated 5–1 (1 = very satisfied) through the command line: mapping file, info and scheme. */
class ReversedScaleCliTest {

    private static final String MAPPING = """
            { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
              "columns": [
                {"column": "ID", "role": "RESPONDENT_ID"},
                {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "scale": "5-1",
                 "momentType": "STANDARD", "journeyOrder": 1}
              ] }
            """;

    @TempDir
    Path dir;

    @Test
    void aFiveToOneMappingImportsAndItsCutPointsCountTowardsOne() throws Exception {
        List<String> lines = new ArrayList<>(List.of("ID,Delivery"));
        for (int i = 1; i <= 10; i++) {
            lines.add(i + "," + (i <= 4 ? 1 : i <= 7 ? 2 : 5));
        }
        lines.add("11,7");
        Path csv = dir.resolve("delivery.csv");
        Files.write(csv, lines);
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, MAPPING);
        Path project = dir.resolve("reversed.cxlens");

        CliRun imported = CliRun.of("import", csv.toString(), "--project", project.toString(),
                "--mapping", mapping.toString());
        CliRun info = CliRun.of("info", project.toString());
        CliRun scheme = CliRun.of("scheme", project.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(info.out()).contains("scale 5–1");
        // 5–1 by default: satisfied from 2.4 → 2, delighted from 1.6 → 1, recovery below 3.6 → 4 and 5.
        assertThat(scheme.out()).containsPattern("5–1\\s+2\\s+1\\s+4");
        assertThat(scheme.out()).contains("5–1 is written from worst to best, so its best answer is 1");
        // The 7 on the 5–1 scale is a problem of the import, not a score.
        assertThat(info.out()).contains("7 is outside the scale 5–1");
    }
}
