package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.cxlens.domain.ExperienceClass.DELIGHTED;
import static org.cxlens.domain.ExperienceClass.INDIFFERENT;
import static org.cxlens.domain.ExperienceClass.SATISFIED;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;

/**
 * Ten hand-made respondents, three touchpoints. Overall and recommend on 0–10.
 *
 * <pre>
 *  r  overall  recommend  Website(0–10)  Delivery(1–5)  Invoice(1–5)  wave  region  class (default scheme)
 *  0  9        10         9              5              4             W1    North   DELIGHTED  (overall 0.9)
 *  1  10       9          10             4              5             W1    North   DELIGHTED
 *  2  8        8          7              4              3             W1    South   SATISFIED  (0.8)
 *  3  7        6          6              3              2             W1    South   SATISFIED  (0.7)
 *  4  5        3          3              2              1             W1    South   INDIFFERENT (0.5)
 *  5  –        9          8              5              –             W2    North   DELIGHTED  (recommend 0.9)
 *  6  –        –          9              5              5             W2    North   DELIGHTED  (touchpoint mean (0.9+1+1)/3)
 *  7  6 better 7          5              4 better       3             W2    South   SATISFIED  (better, p 0.6 < 0.65)
 *  8  9 as exp –          2              1              –             W2    South   SATISFIED  (as expected, 0.9)
 *  9  –        –          –              –              –             W2    –       (none)
 * </pre>
 */
class AnalysisEngineTest {

    private static final ClassificationScheme STRICT = new ClassificationScheme(0.95, 0.75, 0.35);

    static SurveyData tenRespondents() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Sales", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.EXCEL, Scale.of(1, 5))
                .touchpoint("Invoice", "Sales", MomentType.STANDARD, Scale.of(1, 5));
        b.row().overall(9).recommend(10).scores(9, 5, 4).wave("W1").segment("Region", "North").date(LocalDate.of(2024, 1, 5));
        b.row().overall(10).recommend(9).scores(10, 4, 5).wave("W1").segment("Region", "North").date(LocalDate.of(2024, 1, 31));
        b.row().overall(8).recommend(8).scores(7, 4, 3).wave("W1").segment("Region", "South").date(LocalDate.of(2024, 2, 1));
        b.row().overall(7).recommend(6).scores(6, 3, 2).wave("W1").segment("Region", "South").date(LocalDate.of(2024, 2, 10));
        b.row().overall(5).recommend(3).scores(3, 2, 1).wave("W1").segment("Region", "South");
        b.row().recommend(9).scores(8, 5, Double.NaN).wave("W2").segment("Region", "North");
        b.row().scores(9, 5, 5).wave("W2").segment("Region", "North");
        b.row().overall(6, Expectation.BETTER).recommend(7).scores(5, Double.NaN, 3)
                .score(1, 4, Expectation.BETTER).wave("W2").segment("Region", "South");
        b.row().overall(9, Expectation.AS_EXPECTED).scores(2, 1, Double.NaN).wave("W2").segment("Region", "South");
        b.row().wave("W2");
        return b.build();
    }

    private final AnalysisEngine engine = AnalysisEngine.prepare(tenRespondents(), AnalysisSettings.DEFAULT);

    @Test
    void respondentSharesSourcesAndNps() {
        Dashboard d = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(d.respondents()).isEqualTo(10);
        ClassShares shares = d.overall().classes();
        // 9 classified: delighted r0 r1 r5 r6, satisfied r2 r3 r7 r8, indifferent r4
        assertThat(shares.base()).isEqualTo(9);
        assertThat(shares.share(DELIGHTED)).isCloseTo(4 / 9.0, offset(1e-12));
        assertThat(shares.share(SATISFIED)).isCloseTo(4 / 9.0, offset(1e-12));
        assertThat(shares.share(INDIFFERENT)).isCloseTo(1 / 9.0, offset(1e-12));
        // Wilson for 4/9 on n = 9: [0.1888, 0.7333]
        assertThat(shares.low()[DELIGHTED.ordinal()]).isCloseTo(0.1888, offset(1e-4));
        assertThat(shares.high()[DELIGHTED.ordinal()]).isCloseTo(0.7333, offset(1e-4));
        assertThat(shares.lowBase()).isTrue();
        assertThat(d.sources()).containsEntry(ClassificationSource.OVERALL, 7)
                .containsEntry(ClassificationSource.RECOMMEND, 1)
                .containsEntry(ClassificationSource.TOUCHPOINT_MEAN, 1)
                .containsEntry(ClassificationSource.NONE, 1);
        // NPS on the 7 recommend answers: promoters 10, 9, 9 (3); detractors 6, 3 (2); passives 8, 7.
        // NPS = 100 (3 − 2) / 7 = 14.29; var = ((3/7 + 2/7) − (1/7)²) / 7 = 0.099125;
        // half = 1.96 · 0.31484 = 0.61708 → [−47.42, 75.99]
        Nps nps = d.overall().nps();
        assertThat(nps.base()).isEqualTo(7);
        assertThat(nps.score()).isCloseTo(14.2857, offset(1e-4));
        assertThat(nps.low()).isCloseTo(-47.4221, offset(1e-4));
        assertThat(nps.high()).isCloseTo(75.9936, offset(1e-4));
        assertThat(nps.lowBase()).isTrue();
    }

    @Test
    void touchpointMeasures() {
        Dashboard d = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(d.touchpoints()).extracting(t -> t.touchpoint().name()).containsExactly("Website", "Delivery", "Invoice");
        // Website 0–10: 9 10 7 6 3 8 9 5 2 → delighted 9 10 9 (3), satisfied 7 8 (2), indifferent 6 3 5 2 (4);
        // recovery 3 and 2 (p < 0.35): 2/9; top box 10: 1/9; mean 59/9 = 6.556, as fraction 0.6556
        GroupMeasure website = d.touchpoints().get(0).measure();
        assertThat(website.classes().base()).isEqualTo(9);
        assertThat(website.classes().share(DELIGHTED)).isCloseTo(3 / 9.0, offset(1e-12));
        assertThat(website.classes().share(SATISFIED)).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(website.classes().share(INDIFFERENT)).isCloseTo(4 / 9.0, offset(1e-12));
        assertThat(website.satisfiedOrDelighted().estimate()).isCloseTo(5 / 9.0, offset(1e-12));
        assertThat(website.recovery().estimate()).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(website.topBox().estimate()).isCloseTo(1 / 9.0, offset(1e-12));
        assertThat(website.meanScore()).isCloseTo(59 / 9.0, offset(1e-6));
        assertThat(website.meanFraction()).isCloseTo(5.9 / 9, offset(1e-6));
        assertThat(website.nps()).isNull();
        // Delivery 1–5: 5 4 4 3 2 5 5 4(better) 1 → delighted 5 5 5 and 4-better (4), satisfied 4 4 (2),
        // indifferent 3 2 1 (3); recovery 2 (p 0.25) and 1: 2/9; top box 3/9
        GroupMeasure delivery = d.touchpoints().get(1).measure();
        assertThat(delivery.classes().share(DELIGHTED)).isCloseTo(4 / 9.0, offset(1e-12));
        assertThat(delivery.classes().share(SATISFIED)).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(delivery.recovery().estimate()).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(delivery.topBox().estimate()).isCloseTo(3 / 9.0, offset(1e-12));
        // Invoice 1–5: 4 5 3 2 1 5 3 → delighted 2, satisfied 1, indifferent 4 of 7
        GroupMeasure invoice = d.touchpoints().get(2).measure();
        assertThat(invoice.classes().base()).isEqualTo(7);
        assertThat(invoice.classes().share(DELIGHTED)).isCloseTo(2 / 7.0, offset(1e-12));
        assertThat(invoice.classes().share(INDIFFERENT)).isCloseTo(4 / 7.0, offset(1e-12));
    }

    @Test
    void departmentsPoolTheirTouchpoints() {
        Dashboard d = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(d.departments()).extracting(GroupMeasure::label).containsExactly("Logistics", "Sales");
        // Sales = Website + Invoice: 16 experiences, delighted 3 + 2 = 5, satisfied 2 + 1 = 3, indifferent 4 + 4 = 8
        GroupMeasure sales = d.departments().get(1);
        assertThat(sales.classes().base()).isEqualTo(16);
        assertThat(sales.classes().share(DELIGHTED)).isCloseTo(5 / 16.0, offset(1e-12));
        assertThat(sales.classes().share(INDIFFERENT)).isCloseTo(8 / 16.0, offset(1e-12));
        // tests are suppressed: every base is below 30
        assertThat(sales.vsRest(DELIGHTED).suppressed()).isTrue();
    }

    @Test
    void filtersNarrowTheRespondents() {
        Dashboard w1 = engine.dashboard(Filter.NONE.withWaves(Set.of("W1")), ClassificationScheme.DEFAULT);
        assertThat(w1.respondents()).isEqualTo(5);
        assertThat(w1.overall().classes().share(DELIGHTED)).isCloseTo(2 / 5.0, offset(1e-12));
        assertThat(w1.overall().classes().share(INDIFFERENT)).isCloseTo(1 / 5.0, offset(1e-12));

        // delighted respondents r0 r1 r5 r6 scored the website 9 10 8 9: 3 delighted, 1 satisfied
        Dashboard delighted = engine.dashboard(Filter.NONE.withClasses(Set.of(DELIGHTED)), ClassificationScheme.DEFAULT);
        GroupMeasure website = delighted.touchpoints().get(0).measure();
        assertThat(website.classes().base()).isEqualTo(4);
        assertThat(website.classes().share(DELIGHTED)).isCloseTo(0.75, offset(1e-12));

        // January 2024 holds r0 (5th) and r1 (31st)
        Dashboard january = engine.dashboard(Filter.NONE.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                ClassificationScheme.DEFAULT);
        assertThat(january.respondents()).isEqualTo(2);
        assertThat(engine.respondents(Filter.NONE.withSegment("Region", Set.of("North")), ClassificationScheme.DEFAULT))
                .containsExactly(0, 1, 5, 6);

        Dashboard logistics = engine.dashboard(Filter.NONE.withTouchpointDepartments(Set.of("Logistics")),
                ClassificationScheme.DEFAULT);
        assertThat(logistics.touchpoints()).extracting(t -> t.touchpoint().name()).containsExactly("Delivery");
        assertThat(logistics.departments()).extracting(GroupMeasure::label).containsExactly("Logistics");
    }

    @Test
    void aThresholdChangeReclassifiesEveryone() {
        engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        // strict scheme 0.95 / 0.75: r0 9 → satisfied, r1 10 delighted, r2 8 satisfied, r3 7 indifferent,
        // r4 indifferent, r5 recommend 9 satisfied, r6 mean 0.967 delighted, r7 6 better (0.6 < 0.75) satisfied,
        // r8 9 as expected satisfied → delighted 2, satisfied 5, indifferent 2
        Dashboard strict = engine.dashboard(Filter.NONE, STRICT);
        assertThat(strict.overall().classes().share(DELIGHTED)).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(strict.overall().classes().share(SATISFIED)).isCloseTo(5 / 9.0, offset(1e-12));
        assertThat(strict.overall().classes().share(INDIFFERENT)).isCloseTo(2 / 9.0, offset(1e-12));
        Dashboard fresh = AnalysisEngine.prepare(tenRespondents(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE, STRICT);
        assertThat(fresh.overall().classes().share()).containsExactly(strict.overall().classes().share());
        // the class filter follows the scheme: strictly delighted are r1 and r6
        assertThat(engine.respondents(Filter.NONE.withClasses(Set.of(DELIGHTED)), STRICT)).containsExactly(1, 6);
    }

    @Test
    void showsWhoMovesWhenTheThresholdsMove() {
        // default → strict: r0 and r5 delighted → satisfied, r1 r6 stay delighted, r3 satisfied → indifferent,
        // r2 r7 r8 stay satisfied, r4 stays indifferent
        ClassMoves moves = engine.moves(Filter.NONE, ClassificationScheme.DEFAULT, STRICT);
        int d = DELIGHTED.ordinal();
        int s = SATISFIED.ordinal();
        int i = INDIFFERENT.ordinal();
        assertThat(moves.counts()[d][s]).isEqualTo(2);
        assertThat(moves.counts()[d][d]).isEqualTo(2);
        assertThat(moves.counts()[s][s]).isEqualTo(3);
        assertThat(moves.counts()[s][i]).isEqualTo(1);
        assertThat(moves.counts()[i][i]).isEqualTo(1);
        assertThat(moves.shares()[d][s]).isCloseTo(2 / 9.0, offset(1e-12));
        assertThat(engine.scalesInUse()).containsExactly(Scale.of(0, 10), Scale.of(1, 5));
    }

    @Test
    void drillsDownToTheRespondentsBehindATouchpointBar() {
        var website = engine.data().touchpoints().get(0);
        // Website delighted: r0 (9), r1 (10), r6 (9); satisfied: r2 (7), r5 (8)
        assertThat(engine.respondents(Filter.NONE, ClassificationScheme.DEFAULT, website, DELIGHTED))
                .containsExactly(0, 1, 6);
        assertThat(engine.respondents(Filter.NONE.withWaves(Set.of("W2")), ClassificationScheme.DEFAULT, website, SATISFIED))
                .containsExactly(5);
        var delivery = engine.data().touchpoints().get(1);
        // r7 scored delivery 4 of 5 (0.75) and better than expected → delighted; r9 did not answer
        assertThat(engine.experience(7, delivery, ClassificationScheme.DEFAULT)).isEqualTo(DELIGHTED);
        assertThat(engine.experience(9, delivery, ClassificationScheme.DEFAULT)).isNull();
    }

    @Test
    void classifiesOneRespondentWithItsSource() {
        RespondentClass r7 = engine.classify(7, ClassificationScheme.DEFAULT);
        assertThat(r7.experienceClass()).isEqualTo(SATISFIED);
        assertThat(r7.source()).isEqualTo(ClassificationSource.OVERALL);
        assertThat(r7.fraction()).isCloseTo(0.6, offset(1e-6));
        RespondentClass r6 = engine.classify(6, ClassificationScheme.DEFAULT);
        assertThat(r6.source()).isEqualTo(ClassificationSource.TOUCHPOINT_MEAN);
        assertThat(r6.fraction()).isCloseTo((0.9 + 1 + 1) / 3, offset(1e-6));
        assertThat(engine.classify(9, ClassificationScheme.DEFAULT).source()).isEqualTo(ClassificationSource.NONE);
    }

    @Test
    void groupingsByWaveMonthAndSegment() {
        List<GroupMeasure> waves = engine.measures(Grouping.wave(), Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(waves).extracting(GroupMeasure::label).containsExactly("W1", "W2");
        // W1: r0..r4, delighted 2 of 5; W2: r5..r8 classified, delighted 2 of 4
        assertThat(waves.get(0).classes().base()).isEqualTo(5);
        assertThat(waves.get(1).classes().base()).isEqualTo(4);
        assertThat(waves.get(1).classes().share(DELIGHTED)).isCloseTo(0.5, offset(1e-12));
        assertThat(waves.get(0).vsRest(DELIGHTED).suppressed()).isTrue();
        assertThat(waves.get(0).vsRest(DELIGHTED).difference()).isCloseTo(0.4 - 0.5, offset(1e-12));

        List<GroupMeasure> months = engine.measures(Grouping.month(), Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(months).extracting(GroupMeasure::label).containsExactly("2024-01", "2024-02");
        assertThat(months).extracting(m -> m.classes().base()).containsExactly(2, 2);

        Heatmap heatmap = engine.heatmap(Grouping.segment("Region"), Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(heatmap.groups()).containsExactly("North", "South");
        // Website in the North: 9 10 8 9 → 3 of 4 delighted; South: 7 6 3 5 2 → none delighted
        assertThat(heatmap.cells()[0][0].classes().share(DELIGHTED)).isCloseTo(0.75, offset(1e-12));
        assertThat(heatmap.cells()[0][1].classes().base()).isEqualTo(5);
        assertThat(heatmap.cells()[0][1].classes().share(DELIGHTED)).isEqualTo(0.0);
    }

    @Test
    void weightsUseTheKishEffectiveBase() {
        SurveyDataBuilder b = new SurveyDataBuilder().touchpoint("Desk", "Service", MomentType.STANDARD, Scale.of(0, 10));
        b.row().overall(10).scores(10).weight(1);
        b.row().overall(10).scores(10).weight(1);
        b.row().overall(0).scores(0).weight(2);
        b.row().overall(10).scores(10).weight(2);
        Dashboard d = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE,
                ClassificationScheme.DEFAULT);
        ClassShares shares = d.overall().classes();
        // delighted weight 1 + 1 + 2 = 4 of 6 → 2/3; n_eff = 6² / 10 = 3.6;
        // Wilson(2/3, 3.6) = [0.2312, 0.9301]
        assertThat(shares.base()).isEqualTo(4);
        assertThat(shares.effectiveBase()).isCloseTo(3.6, offset(1e-9));
        assertThat(shares.share(DELIGHTED)).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(shares.low()[DELIGHTED.ordinal()]).isCloseTo(0.2312, offset(1e-4));
        assertThat(shares.high()[DELIGHTED.ordinal()]).isCloseTo(0.9301, offset(1e-4));
        assertThat(d.touchpoints().get(0).measure().recovery().estimate()).isCloseTo(2 / 6.0, offset(1e-9));
    }

    @Test
    void npsOnlyCountsZeroToTenRecommendItems() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Desk", "Service", MomentType.STANDARD, Scale.of(1, 5))
                .importScales(Scale.of(0, 10), Scale.of(0, 10))
                .importScales(Scale.of(1, 5), Scale.of(1, 5));
        b.row().recommend(10).scores(5);
        b.row().recommend(0).scores(1);
        b.row().fromImport(1).recommend(5).scores(5);
        Dashboard d = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE,
                ClassificationScheme.DEFAULT);
        // the 1–5 recommend item classifies its respondent but does not enter NPS: 1 promoter, 1 detractor
        assertThat(d.overall().classes().base()).isEqualTo(3);
        assertThat(d.overall().nps().base()).isEqualTo(2);
        assertThat(d.overall().nps().score()).isCloseTo(0, offset(1e-12));
        assertThat(d.sources()).containsEntry(ClassificationSource.RECOMMEND, 3);
    }
}
