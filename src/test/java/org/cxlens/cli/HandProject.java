package org.cxlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Touchpoint;
import org.cxlens.storage.ProjectFile;

/**
 * A 41-respondent project whose numbers can be counted by hand, imported through the
 * {@code import} command with an explicit mapping. Scores are on 0–10, so p = score / 10.
 *
 * <pre>
 * respondent  wave     date         Website Delivery Invoice Inv.exp. Overall Recommend Region Channel
 * 1–5         2025-Q1  2025-01-dd   9       10       8       better   9 (1–12) 10 (1–15) odd North, even South
 * 6–10        2025-Q1               9       10       8       worse    9        10                  Web
 * 11–12       2025-Q1               7       10       8                9        10
 * 13–15       2025-Q1               7       10       8                7        10
 * 16–20       2025-Q1               7       10       8                7        8
 * 21–30       2025-Q2  2025-04-dd   7       6        8                7        8
 * 31–32       2025-Q2               5       6        3                7        4
 * 33–36       2025-Q2               5       6        3                -        4
 * 37–40       2025-Q2               5       -        3                -        4
 * 41          2025-Q2  2025-04-21   10      10       10               -        -          North  =1+1
 * </pre>
 * Departments: Website → Marketing, Delivery → Logistics (moment of truth), Invoice → Finance
 * (own target 40 %).
 */
final class HandProject {

    static final String MAPPING = """
            { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
              "columns": [
                {"column": "RespondentID", "role": "RESPONDENT_ID"},
                {"column": "Wave", "role": "WAVE"},
                {"column": "Date", "role": "DATE", "dateOrder": "DAY_MONTH"},
                {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                 "momentType": "STANDARD", "journeyOrder": 1},
                {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "scale": "0-10",
                 "momentType": "MOMENT_OF_TRUTH", "journeyOrder": 2},
                {"column": "Invoice", "role": "TOUCHPOINT_SCORE", "touchpoint": "Invoice", "scale": "0-10",
                 "momentType": "STANDARD", "journeyOrder": 3},
                {"column": "Invoice expectation", "role": "TOUCHPOINT_EXPECTATION", "touchpoint": "Invoice",
                 "momentType": "STANDARD", "journeyOrder": 3},
                {"column": "Overall satisfaction", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                {"column": "Recommend", "role": "RECOMMEND", "scale": "0-10"},
                {"column": "Region", "role": "SEGMENT"},
                {"column": "Channel", "role": "SEGMENT"}
              ] }
            """;

    private HandProject() {
    }

    /** Writes the CSV and mapping into dir, imports them with the CLI and sets departments; returns the project. */
    static Path create(Path dir) throws IOException, CxLensException {
        List<String> lines = new ArrayList<>();
        lines.add("RespondentID,Wave,Date,Website,Delivery,Invoice,Invoice expectation,Overall satisfaction,"
                + "Recommend,Region,Channel");
        for (int i = 1; i <= 40; i++) {
            String wave = i <= 20 ? "2025-Q1" : "2025-Q2";
            String date = i <= 20 ? String.format("2025-01-%02d", i) : String.format("2025-04-%02d", i - 20);
            int website = i <= 10 ? 9 : i <= 30 ? 7 : 5;
            String delivery = i <= 20 ? "10" : i <= 36 ? "6" : "";
            int invoice = i <= 30 ? 8 : 3;
            String expectation = i <= 5 ? "Better than expected" : i <= 10 ? "Worse than expected" : "";
            String overall = i <= 12 ? "9" : i <= 32 ? "7" : "";
            int recommend = i <= 15 ? 10 : i <= 30 ? 8 : 4;
            String region = i % 2 == 1 ? "North" : "South";
            lines.add(String.join(",", Integer.toString(i), wave, date, Integer.toString(website), delivery,
                    Integer.toString(invoice), expectation, overall, Integer.toString(recommend), region, "Web"));
        }
        lines.add("41,2025-Q2,2025-04-21,10,10,10,,,,North,=1+1");
        Path csv = dir.resolve("hand.csv");
        Files.write(csv, lines);
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, MAPPING);
        Path project = dir.resolve("hand.cxlens");
        CliRun imported = CliRun.of("import", csv.toString(), "--project", project.toString(),
                "--mapping", mapping.toString());
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + imported.err());
        }
        try (ProjectFile file = ProjectFile.open(project)) {
            for (Touchpoint t : file.touchpoints()) {
                String department = switch (t.name()) {
                    case "Website" -> "Marketing";
                    case "Delivery" -> "Logistics";
                    default -> "Finance";
                };
                Double target = t.name().equals("Invoice") ? 0.40 : null;
                file.updateTouchpoint(new Touchpoint(t.id(), t.slot(), t.name(), department, t.momentType(),
                        t.journeyOrder(), t.scale(), target));
            }
        }
        return project;
    }
}
