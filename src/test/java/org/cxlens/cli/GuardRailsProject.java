package org.cxlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects for the driver guard-rails, imported through the {@code import} command. 120
 * respondents i = 0…119: overall = i mod 11 on 0–10, touchpoint A = overall, B = 7i mod 11 (both
 * 0–10), D = (3i mod 5) + 1 on 1–5; weight 1 for even i, 2 for odd i (column "W"); attribute
 * "Satisfaction" = "satisfied" when overall ≥ 7, "neutral or dissatisfied" otherwise, empty when
 * i mod 10 is 3 or 7. The numbers below were computed independently with numpy.
 */
final class GuardRailsProject {

    private GuardRailsProject() {
    }

    /**
     * @param withOverall false leaves out the overall column, so every respondent is classified
     *                    from the mean of their touchpoint scores
     */
    static Path create(Path dir, String name, boolean withOverall) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Id,A,B,D," + (withOverall ? "Overall," : "") + "W,Satisfaction");
        for (int i = 0; i < 120; i++) {
            int overall = i % 11;
            String satisfaction = i % 10 == 3 || i % 10 == 7 ? "" : overall >= 7 ? "satisfied" : "neutral or dissatisfied";
            lines.add(String.join(",", Integer.toString(i + 1), Integer.toString(overall),
                    Integer.toString((7 * i) % 11), Integer.toString((3 * i) % 5 + 1))
                    + (withOverall ? "," + overall : "") + "," + (i % 2 == 0 ? 1 : 2) + "," + satisfaction);
        }
        Path csv = dir.resolve(name + ".csv");
        Files.write(csv, lines);
        Path mapping = dir.resolve(name + ".json");
        Files.writeString(mapping, """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "A", "role": "TOUCHPOINT_SCORE", "touchpoint": "A", "scale": "0-10",
                     "momentType": "MOMENT_OF_TRUTH", "journeyOrder": 1},
                    {"column": "B", "role": "TOUCHPOINT_SCORE", "touchpoint": "B", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 2},
                    {"column": "D", "role": "TOUCHPOINT_SCORE", "touchpoint": "D", "scale": "1-5",
                     "momentType": "EXCEL", "journeyOrder": 3},
                """ + (withOverall ? """
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                """ : "") + """
                    {"column": "W", "role": "WEIGHT"},
                    {"column": "Satisfaction", "role": "SEGMENT"}
                  ] }
                """);
        Path project = dir.resolve(name + ".cxlens");
        CliRun imported = CliRun.of("import", csv.toString(), "--project", project.toString(),
                "--mapping", mapping.toString());
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + imported.err());
        }
        return project;
    }
}
