package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;

/**
 * Properties of the classification and the measures built on it (issue 11, item 7), over any
 * scheme, scale and set of answers jqwik makes up.
 */
class ClassificationPropertiesTest {

    /**
     * Shares are divisions of class counts (or weights) by their total, summed in doubles: they add
     * up to 1 within a few ulps. One billionth is far above that and far below the 0.1 percentage
     * point a share is shown with.
     */
    private static final double SHARE_SUM_TOLERANCE = 1e-9;

    @Provide
    Arbitrary<ClassificationScheme> schemes() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(fraction, fraction, fraction, Arbitraries.of(true, false)).as((a, b, c, rule) -> {
            double[] t = {a, b, c};
            Arrays.sort(t);
            return new ClassificationScheme(t[2], t[1], t[0], rule);
        });
    }

    @Provide
    Arbitrary<Scale> scales() {
        return Combinators.combine(Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(1, 100),
                Arbitraries.of(true, false)).as((low, width, reversed) -> reversed ? Scale.of(low + width, low)
                        : Scale.of(low, low + width));
    }

    /**
     * A score nearer the best end of the same scale (higher on 1–5, lower on 5–1), with the same
     * expectation answer, never gets a lower class or more need of recovery.
     */
    @Property
    void theClassIsMonotonicInTheScore(@ForAll("schemes") ClassificationScheme scheme, @ForAll("scales") Scale scale,
                                       @ForAll @DoubleRange(min = 0, max = 1) double a,
                                       @ForAll @DoubleRange(min = 0, max = 1) double b,
                                       @ForAll @WithNull Expectation expectation) {
        double low = scale.score(Math.min(a, b));
        double high = scale.score(Math.max(a, b));
        Classifier classifier = new Classifier(scheme);

        ExperienceClass lowClass = classifier.classify(scale.fraction(low), expectation);
        ExperienceClass highClass = classifier.classify(scale.fraction(high), expectation);

        assertThat(highClass).isGreaterThanOrEqualTo(lowClass);
        if (classifier.recoveryNeeded(scale.fraction(high), expectation)) {
            assertThat(classifier.recoveryNeeded(scale.fraction(low), expectation)).isTrue();
        }
    }

    /** One answer on 1–5 coded another way: the scale declared with it, and the value as that scale writes it. */
    private record Encoding(Scale scale, DoubleUnaryOperator code) {
    }

    private static final List<Encoding> ENCODINGS = List.of(
            new Encoding(Scale.of(1, 5), x -> x),
            new Encoding(Scale.of(0, 4), x -> x - 1),
            new Encoding(Scale.of(10, 50), x -> 10 * x),
            new Encoding(Scale.of(1, 9), x -> 2 * x - 1),
            new Encoding(Scale.of(5, 1), x -> 6 - x),
            new Encoding(Scale.of(9, 1), x -> 11 - 2 * x));

    /**
     * The same answers on 1–5, 0–4, 10–50, 1–9 (every point doubled), recoded 6 − x on 5–1 (1 best)
     * and 11 − 2x on 9–1 give every respondent and every experience the same class, and the
     * dashboard the same shares: only the fraction of the declared scale, from worst to best, counts.
     */
    @Property(tries = 200)
    void classesDoNotDependOnHowTheScaleIsCoded(@ForAll("schemes") ClassificationScheme scheme,
                                                @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 5) Integer> overall,
                                                @ForAll @Size(min = 60, max = 60) List<@IntRange(min = 0, max = 5) Integer> scores,
                                                @ForAll @Size(min = 60, max = 60) List<@WithNull(0.3) Expectation> expectations) {
        List<AnalysisEngine> engines = new ArrayList<>();
        for (Encoding e : ENCODINGS) {
            SurveyDataBuilder b = new SurveyDataBuilder()
                    .touchpoint("T", "Sales", MomentType.STANDARD, e.scale())
                    .importScales(e.scale(), null);
            for (int r = 0; r < overall.size(); r++) {
                // 0 stands for a missing answer.
                double o = overall.get(r) == 0 ? Double.NaN : e.code().applyAsDouble(overall.get(r));
                double s = scores.get(r) == 0 ? Double.NaN : e.code().applyAsDouble(scores.get(r));
                b.row().overall(o).score(0, s, expectations.get(r));
            }
            engines.add(AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT));
        }
        AnalysisEngine first = engines.get(0);
        ClassLookup expected = first.classLookup(scheme);
        Dashboard expectedDashboard = first.dashboard(Filter.NONE, scheme);
        for (AnalysisEngine other : engines.subList(1, engines.size())) {
            ClassLookup lookup = other.classLookup(scheme);
            for (int r = 0; r < overall.size(); r++) {
                assertThat(lookup.respondentClass(r)).as("respondent %d", r).isEqualTo(expected.respondentClass(r));
                assertThat(lookup.experienceClass(0, r)).as("experience %d", r).isEqualTo(expected.experienceClass(0, r));
                assertThat(lookup.respondentRecovery(r)).isEqualTo(expected.respondentRecovery(r));
                assertThat(lookup.experienceRecovery(0, r)).isEqualTo(expected.experienceRecovery(0, r));
            }
            Dashboard dashboard = other.dashboard(Filter.NONE, scheme);
            assertThat(dashboard.overall().classes().share()).containsExactly(expectedDashboard.overall().classes().share());
            assertThat(dashboard.touchpoints().get(0).measure().classes().share())
                    .containsExactly(expectedDashboard.touchpoints().get(0).measure().classes().share());
        }
    }

    /** Respondents with a score on 0–10 (or none), a weight (or none) and a segment value from a few. */
    @Provide
    Arbitrary<SurveyData> surveys() {
        Arbitrary<Double> score = Arbitraries.integers().between(-1, 10).map(x -> x < 0 ? Double.NaN : x);
        Arbitrary<Double> weight = Arbitraries.doubles().between(0.1, 5).ofScale(2);
        Arbitrary<String> segment = Arbitraries.of("North", "South", "East", "West");
        Arbitrary<Respondent> respondent = Combinators.combine(score, score, score, score, weight, segment)
                .as(Respondent::new);
        return Combinators.combine(respondent.list().ofMinSize(1).ofMaxSize(300), Arbitraries.of(true, false))
                .as((rows, weighted) -> {
                    SurveyDataBuilder b = new SurveyDataBuilder()
                            .touchpoint("Website", "Sales", MomentType.STANDARD, Scale.of(0, 10))
                            .touchpoint("Delivery", "Sales", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                            .touchpoint("Invoice", "Finance", MomentType.EXCEL, Scale.of(0, 10));
                    for (Respondent r : rows) {
                        SurveyDataBuilder.Row row = b.row().overall(r.overall()).scores(r.a(), r.b(), r.c())
                                .segment("Region", r.segment());
                        if (weighted) {
                            row.weight(r.weight());
                        }
                    }
                    return b.build();
                });
    }

    private record Respondent(double overall, double a, double b, double c, double weight, String segment) {
    }

    /** Every group with a base has class shares that add up to 100 %, weighted or not. */
    @Property(tries = 200)
    void classSharesAddUpToOneHundredPercent(@ForAll("surveys") SurveyData data,
                                             @ForAll("schemes") ClassificationScheme scheme) {
        AnalysisEngine engine = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT);
        Dashboard dashboard = engine.dashboard(Filter.NONE, scheme);
        List<GroupMeasure> groups = new ArrayList<>();
        groups.add(dashboard.overall());
        dashboard.touchpoints().forEach(t -> groups.add(t.measure()));
        groups.addAll(dashboard.departments());
        groups.addAll(engine.measures(Grouping.segment("Region"), Filter.NONE, scheme));

        for (GroupMeasure g : groups) {
            if (g.classes().base() > 0) {
                assertThat(g.classes().share()[0] + g.classes().share()[1] + g.classes().share()[2]).as(g.label())
                        .isCloseTo(1.0, within(SHARE_SUM_TOLERANCE));
            }
        }
    }

    /**
     * Every respondent has one region, so the regions' bases add up to the total respondent base,
     * and every touchpoint one owning department (Sales owns two), so the departments' bases add up
     * to the experiences of all touchpoints, which are the scores given.
     */
    @Property(tries = 200)
    void basesAddUpAcrossGroupsThatPartitionTheRespondents(@ForAll("surveys") SurveyData data,
                                                           @ForAll("schemes") ClassificationScheme scheme) {
        AnalysisEngine engine = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT);
        Dashboard dashboard = engine.dashboard(Filter.NONE, scheme);

        int regions = engine.measures(Grouping.segment("Region"), Filter.NONE, scheme).stream()
                .mapToInt(g -> g.classes().base()).sum();
        int departments = dashboard.departments().stream().mapToInt(g -> g.classes().base()).sum();
        int experiences = dashboard.touchpoints().stream().mapToInt(t -> t.measure().classes().base()).sum();

        assertThat(regions).isEqualTo(dashboard.overall().classes().base());
        assertThat(departments).isEqualTo(experiences);
        int scored = 0;
        for (float[] column : data.scores()) {
            for (float x : column) {
                scored += Float.isNaN(x) ? 0 : 1;
            }
        }
        assertThat(experiences).isEqualTo(scored);
    }
}
