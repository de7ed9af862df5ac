package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drivers, priorities and summary on {@link GuardRailsProject}: the model's base and R², the
 * warnings that withhold quadrants, the outcomes, and the weighting every output states.
 * Weights 1 and 2 alternate over 120 respondents: Σw = 180, Σw² = 300, effective base 180² / 300 = 108.
 */
class GuardRailsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path project;
    static Path withoutOverall;

    @BeforeAll
    static void importProjects() throws Exception {
        project = GuardRailsProject.create(dir, "weighted", true);
        withoutOverall = GuardRailsProject.create(dir, "no-overall", false);
    }

    @Test
    void everyAnalysisSaysItIsWeightedAndByWhichColumn() throws Exception {
        for (String command : List.of("summary", "drivers", "priorities")) {
            JsonNode json = json(command, project.toString(), "--format", "json");
            assertThat(json.get("weighted").asBoolean()).as(command).isTrue();
            assertThat(json.get("weight_column").asText()).as(command).isEqualTo("W");
            assertThat(json.get("respondents").asInt()).as(command).isEqualTo(120);
            assertThat(json.get("effective_respondents").asDouble()).as(command).isEqualTo(108.0);
            assertThat(json.get("weighting").asText()).as(command)
                    .isEqualTo("Weighted by column “W” (n = 120 respondents, effective base 108)");

            CliRun table = CliRun.of(command, project.toString());
            assertThat(table.out()).as(command)
                    .doesNotContain("weight_column", "effective_respondents")
                    .containsPattern("Weighting:\\s+Weighted by column “W” \\(n = 120 respondents, effective base 108\\)");

            List<String[]> csv = new CSVReader(new StringReader(
                    CliRun.of(command, project.toString(), "--format", "csv").out())).readAll();
            List<String> header = List.of(csv.get(0));
            List<String> first = List.of(csv.get(1));
            assertThat(first.get(header.indexOf("weighted"))).as(command).isEqualTo("true");
            assertThat(first.get(header.indexOf("weight_column"))).as(command).isEqualTo("W");
            assertThat(first.get(header.indexOf("effective_respondents"))).as(command).isEqualTo("108.0");
        }
    }

    @Test
    void unweightedCountsEveryoneOnceAndSaysSo() throws Exception {
        for (String command : List.of("summary", "drivers", "priorities")) {
            JsonNode json = json(command, project.toString(), "--format", "json", "--unweighted");
            assertThat(json.get("weighted").asBoolean()).as(command).isFalse();
            assertThat(json.get("weight_column").asText()).as(command).isEmpty();
            assertThat(json.get("effective_respondents").asDouble()).as(command).isEqualTo(120.0);
            assertThat(json.get("weighting").asText()).as(command).isEqualTo(
                    "Unweighted on request: every respondent counts 1 (the weight column “W” is ignored)");
        }
        // Touchpoint A unweighted: 120 experiences, 0–10 each 11 times except 0 and 10 (11 and 10 of them)…
        // it is enough that the effective base equals n once the weights are ignored.
        JsonNode rows = json("summary", project.toString(), "--format", "json", "--unweighted").get("rows");
        assertThat(rows.get(0).get("n").asInt()).isEqualTo(120);
        assertThat(rows.get(0).has("effective_n")).isFalse();
        JsonNode weightedRows = json("summary", project.toString(), "--format", "json").get("rows");
        assertThat(weightedRows.get(0).get("effective_n").asDouble()).isEqualTo(108.0);
    }

    @Test
    void driversShowTheModelBaseAndRSquared() throws Exception {
        // Unweighted, numpy: R² = 0.446619 for delight (overall ≥ 9), r(A) = 0.662208; 120 complete cases.
        JsonNode json = json("drivers", project.toString(), "--format", "json", "--unweighted");
        assertThat(json.get("model_base").asInt()).isEqualTo(120);
        assertThat(json.get("outcome_respondents").asInt()).isEqualTo(120);
        assertThat(json.get("predictors").asInt()).isEqualTo(3);
        assertThat(json.get("outcome_from_touchpoints").asInt()).isZero();
        assertThat(json.get("r_squared").asDouble()).isEqualTo(0.447);
        assertThat(json.get("method").asText())
                .isEqualTo("complete cases: the 120 respondents who scored every touchpoint and have the outcome");
        assertThat(json.get("judged").asBoolean()).isTrue();
        assertThat(json.get("warnings")).isEmpty();
        assertThat(json.get("rows").get(0).get("correlation").asDouble()).isEqualTo(0.662);
        assertThat(json.get("rows").get(0).get("quadrant").asText()).isNotEqualTo("not judged").isNotEmpty();

        JsonNode weighted = json("drivers", project.toString(), "--format", "json");
        assertThat(weighted.get("model_base").asInt()).isEqualTo(120);
        assertThat(weighted.get("model_effective_base").asDouble()).isEqualTo(108.0);

        List<String> csv = CliRun.of("drivers", project.toString(), "--format", "csv", "--unweighted").out().lines().toList();
        assertThat(csv.get(0)).endsWith(",model_base,r_squared,judged,warnings");
        assertThat(csv.get(1)).endsWith(",120,0.447,true,");
        assertThat(CliRun.of("drivers", project.toString(), "--unweighted").out())
                .containsPattern("Respondents in the model:\\s+120")
                .containsPattern("R²:\\s+0.447")
                .containsPattern("Quadrants:\\s+judged");
    }

    @Test
    void anAttributeOutcomeOnTooFewRespondentsIsShownButNotJudged() throws Exception {
        // Satisfaction = satisfied: 96 respondents have a value; numpy (unweighted): R² = 0.737394, r(A) = 0.833231.
        JsonNode json = json("drivers", project.toString(), "--format", "json", "--unweighted",
                "--outcome", "satisfaction=SATISFIED");
        assertThat(json.get("title").asText()).isEqualTo("Key drivers of Satisfaction = “satisfied”");
        assertThat(json.get("outcome_respondents").asInt()).isEqualTo(96);
        assertThat(json.get("model_base").asInt()).isEqualTo(96);
        assertThat(json.get("r_squared").asDouble()).isEqualTo(0.737);
        assertThat(json.get("rows").get(0).get("correlation").asDouble()).isEqualTo(0.833);
        assertThat(json.get("judged").asBoolean()).isFalse();
        assertThat(json.get("warnings").get(0).get("code").asText()).isEqualTo("small_base");
        assertThat(json.get("warnings").get(0).get("message").asText())
                .isEqualTo("The model rests on 96 respondents, fewer than 100: quadrants are not judged.");
        json.get("rows").forEach(row -> assertThat(row.get("quadrant").asText()).isEqualTo("not judged"));

        CliRun table = CliRun.of("drivers", project.toString(), "--unweighted", "--outcome", "satisfaction=satisfied");
        assertThat(table.out())
                .contains("Warning: The model rests on 96 respondents, fewer than 100: quadrants are not judged.")
                .containsPattern("Quadrants:\\s+not judged \\(see the warnings\\)");
        List<String> csv = CliRun.of("drivers", project.toString(), "--format", "csv", "--unweighted",
                "--outcome", "satisfaction=satisfied").out().lines().toList();
        assertThat(csv.get(1)).endsWith(",not judged,false,,120.0,96,0.737,false,small_base");
    }

    @Test
    void theOverallScoreIsAnOutcome() throws Exception {
        // y = overall / 10 equals A's fraction, so R² = 1 and r(A) = 1 (numpy: r(B) = 0.105313)
        JsonNode json = json("drivers", project.toString(), "--format", "json", "--unweighted", "--outcome", "overall");
        assertThat(json.get("title").asText()).isEqualTo("Key drivers of overall satisfaction");
        assertThat(json.get("r_squared").asDouble()).isEqualTo(1.0);
        assertThat(json.get("rows").get(1).get("correlation").asDouble()).isEqualTo(0.105);
    }

    @Test
    void anOutcomeMadeOfTheTouchpointsIsNotJudged() throws Exception {
        JsonNode json = json("drivers", withoutOverall.toString(), "--format", "json");
        assertThat(json.get("classified_touchpoint_mean").asInt()).isEqualTo(120);
        assertThat(json.get("outcome_from_touchpoints").asInt()).isEqualTo(120);
        assertThat(json.get("judged").asBoolean()).isFalse();
        List<String> codes = json.get("warnings").findValuesAsText("code");
        assertThat(codes).contains("outcome_from_touchpoints");
        json.get("rows").forEach(row -> assertThat(row.get("quadrant").asText()).isEqualTo("not judged"));

        JsonNode priorities = json("priorities", withoutOverall.toString(), "--format", "json");
        assertThat(priorities.get("judged").asBoolean()).isFalse();
        assertThat(priorities.get("importance_used").asText()).startsWith("no: the driver model is not judged");
        priorities.get("rows").forEach(row -> assertThat(row.get("importance_pct").isNull()).isTrue());
    }

    @Test
    void withoutARecommendItemDriversSayThatInOneSentence() {
        CliRun run = CliRun.of("drivers", project.toString(), "--outcome", "recommend");
        assertThat(run.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(run.err().strip()).isEqualTo("The project has no item for the likelihood to recommend (no import "
                + "maps one), so there is no outcome to explain. Choose another outcome with --outcome: delighted, "
                + "overall, recommend or COLUMN=VALUE (a respondent attribute).");
        assertThat(run.err()).doesNotContain("complete cases");
    }

    @Test
    void anUnknownOutcomeListsWhatThereIs() {
        assertThat(CliRun.of("drivers", project.toString(), "--outcome", "happiness").err().strip()).isEqualTo(
                "The outcome \"happiness\" is unknown; use delighted, recommend, overall or COLUMN=VALUE "
                        + "(for example satisfaction=satisfied).");
        assertThat(CliRun.of("drivers", project.toString(), "--outcome", "Region=North").err().strip()).isEqualTo(
                "This project has no attribute column \"Region\" to use as an outcome; its attribute columns are: "
                        + "Satisfaction.");
        assertThat(CliRun.of("drivers", project.toString(), "--outcome", "Satisfaction=happy").err().strip())
                .isEqualTo("The attribute column \"Satisfaction\" has no value \"happy\"; its values are: "
                        + "neutral or dissatisfied, satisfied.");
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }
}
