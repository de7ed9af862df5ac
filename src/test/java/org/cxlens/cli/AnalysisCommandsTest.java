package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary, drivers and priorities on {@link HandProject}, checked against counts done by hand. */
class AnalysisCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void importProject() throws Exception {
        project = HandProject.create(dir);
    }

    @Test
    void summaryByTouchpointCountsEveryExperience() throws Exception {
        JsonNode summary = json("summary", project.toString(), "--format", "json");

        // Respondents: 1–12 overall 9 → delighted, 13–32 overall 7 → satisfied, 33–40 no overall,
        // recommend 4 (p 0.4) → indifferent, 41 nothing but touchpoints 10/10/10 → mean 1.0 → delighted.
        assertThat(summary.get("respondents").asInt()).isEqualTo(41);
        assertThat(summary.get("classified_overall").asInt()).isEqualTo(32);
        assertThat(summary.get("classified_recommend").asInt()).isEqualTo(8);
        assertThat(summary.get("classified_touchpoint_mean").asInt()).isEqualTo(1);
        assertThat(summary.get("not_classified").asInt()).isZero();
        assertThat(summary.get("overall_delighted_pct").asDouble()).isEqualTo(31.7);    // 13 / 41
        assertThat(summary.get("overall_satisfied_pct").asDouble()).isEqualTo(48.8);    // 20 / 41
        assertThat(summary.get("overall_indifferent_pct").asDouble()).isEqualTo(19.5);  // 8 / 41
        // NPS over the 40 with a recommend score: promoters 1–15, detractors 31–40: (15 − 10) / 40.
        assertThat(summary.get("nps").asDouble()).isEqualTo(12.5);
        assertThat(summary.get("nps_base").asInt()).isEqualTo(40);

        JsonNode rows = summary.get("rows");
        assertThat(labels(rows)).containsExactly("Website", "Delivery", "Invoice");
        // Website: 9 ×10 and 10 ×1 delighted, 7 ×20 satisfied, 5 ×10 indifferent.
        JsonNode website = rows.get(0);
        assertThat(website.get("department").asText()).isEqualTo("Marketing");
        assertThat(website.get("n").asInt()).isEqualTo(41);
        assertThat(website.get("delighted_pct").asDouble()).isEqualTo(26.8);     // 11 / 41
        assertThat(website.get("satisfied_pct").asDouble()).isEqualTo(48.8);     // 20 / 41
        assertThat(website.get("indifferent_pct").asDouble()).isEqualTo(24.4);   // 10 / 41
        // Wilson, p = 11/41, n = 41, z = 1.96: centre (p + z²/2n) / (1 + z²/n) = 0.28814,
        // half-width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n) = 0.13120 → 15.7 % to 41.9 %.
        assertThat(website.get("delighted_ci").get("low").asDouble()).isEqualTo(15.7);
        assertThat(website.get("delighted_ci").get("high").asDouble()).isEqualTo(41.9);
        assertThat(website.get("mean").asDouble()).isEqualTo(7.07);               // 290 / 41
        assertThat(website.get("top_box_pct").asDouble()).isEqualTo(2.4);        // one 10 of 41
        assertThat(website.get("low_base").asBoolean()).isFalse();
        // Delivery: 10 for 1–20 and 41 → delighted, 6 for 21–36 → indifferent, 37–40 not scored.
        JsonNode delivery = rows.get(1);
        assertThat(delivery.get("n").asInt()).isEqualTo(37);
        assertThat(delivery.get("delighted_pct").asDouble()).isEqualTo(56.8);    // 21 / 37
        assertThat(delivery.get("satisfied_pct").asDouble()).isEqualTo(0.0);
        assertThat(delivery.get("indifferent_pct").asDouble()).isEqualTo(43.2);  // 16 / 37
        // Invoice: 8 better than expected → delighted (1–5), 8 worse → indifferent (6–10),
        // 8 without expectation → satisfied (11–30), 3 → indifferent (31–40), 10 → delighted (41).
        JsonNode invoice = rows.get(2);
        assertThat(invoice.get("n").asInt()).isEqualTo(41);
        assertThat(invoice.get("delighted_pct").asDouble()).isEqualTo(14.6);     // 6 / 41
        assertThat(invoice.get("satisfied_pct").asDouble()).isEqualTo(48.8);     // 20 / 41
        assertThat(invoice.get("indifferent_pct").asDouble()).isEqualTo(36.6);   // 15 / 41
        // Delivery's 56.8 % delighted against 17 / 82 = 20.7 % for the other experiences: z ≈ 3.8.
        assertThat(delivery.get("vs_rest").asText()).contains("D+");
    }

    @Test
    void tableNamesFilterSchemeAndSourcesAndAlignsColumns() {
        CliRun run = CliRun.of("summary", project.toString(), "--filter", "wave=2025-Q1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Summary by touchpoint")
                .containsPattern("Filter:\\s+wave=2025-Q1")
                .containsPattern("Scheme:\\s+delighted from 85 %, satisfied from 65 %, recovery below 35 % of the scale "
                        + "range; low base below 30")
                .containsPattern("Respondents selected:\\s+20")
                .containsPattern("Classified from overall item:\\s+20")
                .containsPattern("Classified from recommend item:\\s+0");
        List<String> table = run.out().lines().dropWhile(l -> !l.startsWith("Touchpoint")).toList();
        // Header, rule, three rows: every line of the table as wide as the header's columns allow.
        assertThat(table.get(1)).matches("-+");
        String header = table.get(0);
        int nEnd = header.indexOf(" n ") + 2;
        for (String row : table.subList(2, 5)) {
            // Wave 2025-Q1 has 20 respondents and each scored all three touchpoints: n right-aligned under "n".
            assertThat(row.substring(nEnd - 2, nEnd)).isEqualTo("20");
        }
        assertThat(table.get(2)).startsWith("Website ");
        // Every wave-1 respondent gave Delivery a 10; with n = 20 below the base of 30 the row is low base.
        assertThat(table.get(3)).contains("100.0").contains("yes");
    }

    @Test
    void waveFilterKeepsOnlyThatWave() throws Exception {
        JsonNode rows = json("summary", project.toString(), "--filter", "wave=2025-Q1", "--format", "json").get("rows");

        // Respondents 1–20. Website: 9 for 1–10, 7 for 11–20. Delivery: all 10.
        // Invoice: better (1–5) delighted, worse (6–10) indifferent, 8 (11–20) satisfied.
        assertThat(rows.get(0).get("delighted_pct").asDouble()).isEqualTo(50.0);
        assertThat(rows.get(0).get("satisfied_pct").asDouble()).isEqualTo(50.0);
        assertThat(rows.get(1).get("delighted_pct").asDouble()).isEqualTo(100.0);
        assertThat(rows.get(2).get("delighted_pct").asDouble()).isEqualTo(25.0);
        assertThat(rows.get(2).get("indifferent_pct").asDouble()).isEqualTo(25.0);
        assertThat(rows.get(2).get("satisfied_pct").asDouble()).isEqualTo(50.0);
        for (JsonNode row : rows) {
            assertThat(row.get("n").asInt()).isEqualTo(20);
            assertThat(row.get("low_base").asBoolean()).isTrue();
            assertThat(row.get("vs_rest").asText()).isEmpty();
        }
    }

    @Test
    void segmentDateClassAndDepartmentFilters() throws Exception {
        // North = odd respondents and 41: Website 9 (1,3,5,7,9) and 10 (41) → 6 delighted,
        // 7 for 11–29 odd → 10 satisfied, 5 for 31–39 odd → 5 indifferent; n = 21.
        JsonNode north = json("summary", project.toString(), "--filter", "segment:Region=North", "--format", "json");
        assertThat(north.get("respondents").asInt()).isEqualTo(21);
        JsonNode website = north.get("rows").get(0);
        assertThat(website.get("n").asInt()).isEqualTo(21);
        assertThat(website.get("delighted_pct").asDouble()).isEqualTo(28.6);    // 6 / 21
        assertThat(website.get("satisfied_pct").asDouble()).isEqualTo(47.6);    // 10 / 21
        assertThat(website.get("indifferent_pct").asDouble()).isEqualTo(23.8);  // 5 / 21

        // From 1 April: respondents 21–41.
        JsonNode spring = json("summary", project.toString(), "--filter", "from=2025-04-01", "--format", "json");
        assertThat(spring.get("respondents").asInt()).isEqualTo(21);

        // Delighted respondents: 1–12 and 41. Website: 9 for 1–10, 7 for 11–12, 10 for 41.
        JsonNode delighted = json("summary", project.toString(), "--filter", "class=delighted", "--format", "json");
        assertThat(delighted.get("respondents").asInt()).isEqualTo(13);
        assertThat(delighted.get("rows").get(0).get("delighted_pct").asDouble()).isEqualTo(84.6);  // 11 / 13
        assertThat(delighted.get("rows").get(0).get("satisfied_pct").asDouble()).isEqualTo(15.4);  // 2 / 13

        // A department filter keeps the touchpoints that department owns.
        JsonNode logistics = json("summary", project.toString(), "--filter", "department=Logistics", "--format", "json");
        assertThat(labels(logistics.get("rows"))).containsExactly("Delivery");
    }

    @Test
    void byWaveGivesRespondentSharesAndNpsPerWave() throws Exception {
        JsonNode rows = json("summary", project.toString(), "--by", "wave", "--format", "json").get("rows");

        assertThat(labels(rows)).containsExactly("2025-Q1", "2025-Q2");
        // 2025-Q1 (1–20): overall 9 for 1–12, 7 for 13–20; recommend 10 for 1–15, 8 for 16–20.
        JsonNode q1 = rows.get(0);
        assertThat(q1.get("n").asInt()).isEqualTo(20);
        assertThat(q1.get("delighted_pct").asDouble()).isEqualTo(60.0);
        assertThat(q1.get("satisfied_pct").asDouble()).isEqualTo(40.0);
        assertThat(q1.get("nps").asDouble()).isEqualTo(75.0);        // 15 promoters of 20
        // 2025-Q2 (21–41): 7 for 21–32 satisfied, recommend 4 for 33–40 indifferent, 41 delighted;
        // recommend 8 for 21–30, 4 for 31–40, none for 41.
        JsonNode q2 = rows.get(1);
        assertThat(q2.get("n").asInt()).isEqualTo(21);
        assertThat(q2.get("delighted_pct").asDouble()).isEqualTo(4.8);     // 1 / 21
        assertThat(q2.get("satisfied_pct").asDouble()).isEqualTo(57.1);    // 12 / 21
        assertThat(q2.get("indifferent_pct").asDouble()).isEqualTo(38.1);  // 8 / 21
        assertThat(q2.get("nps").asDouble()).isEqualTo(-50.0);              // 10 detractors of 20
        assertThat(q2.get("low_base").asBoolean()).isTrue();
        // Respondent groups mix scales: the mean is a share of the range. 2025-Q1: (12 × 0.9 + 8 × 0.7) / 20.
        assertThat(q1.get("mean_pct_of_range").asDouble()).isEqualTo(82.0);
        assertThat(q1.has("mean")).isFalse();
    }

    @Test
    void byDepartmentPoolsTheTouchpointsEachOwns() throws Exception {
        JsonNode rows = json("summary", project.toString(), "--by", "department", "--format", "json").get("rows");

        assertThat(labels(rows)).containsExactly("Finance", "Logistics", "Marketing");
        assertThat(rows.get(0).get("indifferent_pct").asDouble()).isEqualTo(36.6);  // Invoice: 15 / 41
        assertThat(rows.get(1).get("n").asInt()).isEqualTo(37);                      // Delivery
        assertThat(rows.get(2).get("delighted_pct").asDouble()).isEqualTo(26.8);     // Website: 11 / 41
    }

    @Test
    void csvIsRfc4180WithFormulaCellsDefused() {
        CliRun run = CliRun.of("summary", project.toString(), "--by", "segment:Channel", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).startsWith("group,n,indifferent_pct,indifferent_ci_low,indifferent_ci_high,satisfied_pct");
        // Respondent 41's channel "=1+1" would run as a formula in a spreadsheet.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'=1+1,1,0.0,"));
        // NPS −50.0 of wave 2 is not in this grouping, but plain negative numbers stay numbers elsewhere.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Web,40,"));
    }

    @Test
    void driversReportModelAndPerformanceAsCounted() throws Exception {
        JsonNode drivers = json("drivers", project.toString(), "--format", "json");

        // 37 respondents scored all three touchpoints (37–40 skipped Delivery): enough complete cases.
        assertThat(drivers.get("method").asText()).startsWith("complete cases");
        assertThat(drivers.get("model_base").asInt()).isEqualTo(37);
        JsonNode rows = drivers.get("rows");
        assertThat(labels(rows, "touchpoint")).containsExactly("Website", "Delivery", "Invoice");
        assertThat(rows.get(0).get("n").asInt()).isEqualTo(41);
        assertThat(rows.get(1).get("n").asInt()).isEqualTo(37);
        // Performance = satisfied or delighted: Website 31 / 41, Delivery 21 / 37, Invoice 26 / 41.
        assertThat(rows.get(0).get("performance_pct").asDouble()).isEqualTo(75.6);
        assertThat(rows.get(1).get("performance_pct").asDouble()).isEqualTo(56.8);
        assertThat(rows.get(2).get("performance_pct").asDouble()).isEqualTo(63.4);
        // Johnson's relative weights add up to R².
        double sum = 0;
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode row : rows) {
            sum += row.get("relative_weight").asDouble();
            ranks.add(row.get("rank").asInt());
        }
        assertThat(sum).isCloseTo(drivers.get("r_squared").asDouble(), org.assertj.core.data.Offset.offset(0.002));
        assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void prioritiesUseMomentTypesAndTheProjectsOwnTargets() throws Exception {
        JsonNode rows = json("priorities", project.toString(), "--format", "json").get("rows");

        // Only Delivery misses its target: a moment of truth with 21 / 37 = 56.8 % satisfied or
        // delighted against 80 %. Invoice needs recovery for 15 / 41 = 36.6 % (worse than expected
        // 6–10, score 3 for 31–40) but its own target allows 40 %; Website has no score below 3.5.
        JsonNode first = rows.get(0);
        assertThat(first.get("touchpoint").asText()).isEqualTo("Delivery");
        assertThat(first.get("actual_pct").asDouble()).isEqualTo(56.8);
        assertThat(first.get("target_pct").asDouble()).isEqualTo(80.0);
        assertThat(first.get("gap_pts").asDouble()).isEqualTo(23.2);
        assertThat(first.get("reason").asText()).contains("Delivery").contains("56.8 %").contains("80 %");
        JsonNode invoice = find(rows, "touchpoint", "Invoice");
        assertThat(invoice.get("actual_pct").asDouble()).isEqualTo(36.6);
        assertThat(invoice.get("target_pct").asDouble()).isEqualTo(40.0);
        assertThat(invoice.get("gap_pts").asDouble()).isEqualTo(0.0);
        assertThat(find(rows, "touchpoint", "Website").get("actual_pct").asDouble()).isEqualTo(0.0);
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> labels(JsonNode rows) {
        return labels(rows, "group");
    }

    private static List<String> labels(JsonNode rows, String field) {
        List<String> labels = new ArrayList<>();
        rows.forEach(r -> labels.add(r.get(field).asText()));
        return labels;
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value);
    }
}
