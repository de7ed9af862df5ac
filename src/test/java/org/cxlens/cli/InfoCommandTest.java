package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    @TempDir
    Path dir;

    @Test
    void columnsLineUpWhateverTheLengthOfANameOrDepartment() {
        List<String> lines = InfoCommand.aligned(List.of(
                List.of("Website", "Marketing", "standard", "scale 0–10"),
                List.of("How satisfied were you with the installation engineer", "-", "moment of truth", "scale 1–5"),
                List.of("Invoice", "Finance and administration department", "excel", "scale 1–7")));
        // each column as wide as its widest cell (53, 37 and 15 characters) plus two spaces
        assertThat(lines).containsExactly(
                "Website                                                Marketing                              standard         scale 0–10",
                "How satisfied were you with the installation engineer  -                                      moment of truth  scale 1–5",
                "Invoice                                                Finance and administration department  excel            scale 1–7");
    }

    @Test
    void infoOfAProjectWithALongTouchpointNameStaysAligned() throws Exception {
        String longName = "How satisfied were you with the installation engineer";
        Path csv = dir.resolve("long.csv");
        Files.write(csv, List.of("Id,Website,Engineer", "1,8,9", "2,7,6"));
        Path mapping = dir.resolve("long.json");
        Files.writeString(mapping, """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Engineer", "role": "TOUCHPOINT_SCORE", "touchpoint": "%s", "scale": "0-10",
                     "momentType": "MOMENT_OF_TRUTH", "journeyOrder": 2}
                  ] }
                """.formatted(longName));
        Path project = dir.resolve("long.cxlens");
        assertThat(CliRun.of("import", csv.toString(), "--project", project.toString(), "--mapping",
                mapping.toString()).exitCode()).isZero();

        List<String> out = CliRun.of("info", project.toString()).out().lines().toList();
        int heading = out.indexOf("Touchpoints (journey order):");
        String website = out.get(heading + 1);
        String engineer = out.get(heading + 2);
        assertThat(engineer).startsWith("  " + longName + "  -");
        // the department, moment type and scale columns start at the same place on both lines
        assertThat(website.indexOf("standard")).isEqualTo(engineer.indexOf("moment of truth"));
        assertThat(website.indexOf("scale")).isEqualTo(engineer.indexOf("scale"));
        assertThat(website.indexOf("-")).isEqualTo(engineer.indexOf("  -") + 2);
    }

    @Test
    void infoListsTheChangeLogNewestFirstWithOldAndNewValues() throws Exception {
        Path project = HandProject.create(dir);
        assertThat(CliRun.of("touchpoint", project.toString(), "Delivery", "--department", "Transport",
                "--order", "0").exitCode()).isZero();
        assertThat(CliRun.of("scheme", project.toString(), "--delighted", "0.8").exitCode()).isZero();

        List<String> out = CliRun.of("info", project.toString(), "--changes", "3").out().lines().toList();
        int heading = out.indexOf("Change log (newest first):");
        assertThat(heading).isPositive();
        assertThat(out.subList(heading + 1, out.size())).satisfiesExactly(
                line -> assertThat(line).matches("  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  "
                        + "Delighted from \\(share of the scale\\): 85 % → 80 %"),
                line -> assertThat(line).endsWith("  Journey step of Delivery: 2 → 0"),
                line -> assertThat(line).endsWith("  Owning department of Delivery: Logistics → Transport"),
                line -> assertThat(line).matches("  \\.\\.\\. and \\d+ earlier"));
        // the touchpoints are listed in their (changed) journey order
        int touchpoints = out.indexOf("Touchpoints (journey order):");
        assertThat(out.get(touchpoints + 1)).startsWith("  Delivery");

        List<String> all = CliRun.of("info", project.toString()).out().lines().toList();
        assertThat(all.get(all.size() - 1)).endsWith("  Import of hand.csv: – → 41 respondents");
    }
}
