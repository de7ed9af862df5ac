package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.cxlens.domain.Expectation;
import org.junit.jupiter.api.Test;

class SurveyGeneratorTest {

    private static final int N = 20_000;

    private static List<Respondent> generate(Journey journey, GeneratorOptions options, long seed, int n) {
        List<Respondent> all = new ArrayList<>(n);
        new SurveyGenerator(journey, options, seed, n).forEachRemaining(all::add);
        return all;
    }

    private static final List<Respondent> EXTENDED =
            generate(Journey.extended(), GeneratorOptions.of(Language.ENGLISH), 99L, N);

    private static List<String> fingerprints(List<Respondent> all) {
        return all.stream().map(SurveyGeneratorTest::fingerprint).toList();
    }

    private static String fingerprint(Respondent r) {
        StringBuilder sb = new StringBuilder().append(r.number()).append(r.wave().label()).append(r.start())
                .append(r.durationSeconds()).append(r.overall()).append(r.recommend()).append(r.region())
                .append(r.channel()).append(r.customerType()).append(r.person()).append(r.ipAddress())
                .append(r.comment()).append(r.halfPointGrader());
        for (int t = 0; t < r.touchpointCount(); t++) {
            sb.append(r.score(t)).append(r.expectation(t));
        }
        return sb.toString();
    }

    @Test
    void theSameSeedGivesTheSameRespondents() {
        GeneratorOptions options = GeneratorOptions.of(Language.DUTCH).withPersonalData();
        List<String> first = fingerprints(generate(Journey.standard(), options, 5L, 500));
        List<String> again = fingerprints(generate(Journey.standard(), options, 5L, 500));
        List<String> other = fingerprints(generate(Journey.standard(), options, 6L, 500));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void producesExactlyTheRequestedCount() {
        SurveyGenerator generator = new SurveyGenerator(Journey.compact(), GeneratorOptions.of(Language.ENGLISH), 1L, 3);
        generator.next();
        generator.next();
        assertThat(generator.next().number()).isEqualTo(3);
        assertThat(generator.hasNext()).isFalse();
        assertThatThrownBy(generator::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void eachTouchpointIsMissingAtItsOwnRateBetweenTenAndFortyPercent() {
        Journey journey = Journey.extended();
        for (int t = 0; t < journey.size(); t++) {
            int index = t;
            double missing = EXTENDED.stream().filter(r -> !r.met(index)).count() / (double) N;
            JourneyStep step = journey.step(t);
            assertThat(missing).as(step.name()).isBetween(0.09, 0.41).isCloseTo(step.missingRate(), within(0.015));
        }
    }

    @Test
    void strongDriversCorrelateClearlyMoreWithOverallThanTheOtherTouchpoints() {
        Journey journey = Journey.extended();
        double weakestStrong = 1;
        double strongestOther = -1;
        for (int t = 0; t < journey.size(); t++) {
            int index = t;
            List<Respondent> met = EXTENDED.stream().filter(r -> r.met(index)).toList();
            double r = correlation(met.stream().mapToDouble(x -> x.score(index)).toArray(),
                    met.stream().mapToDouble(Respondent::overall).toArray());
            if (Journey.STRONG_DRIVERS.contains(journey.step(t).name())) {
                weakestStrong = Math.min(weakestStrong, r);
            } else {
                strongestOther = Math.max(strongestOther, r);
            }
        }
        assertThat(weakestStrong - strongestOther).isGreaterThan(0.08);
    }

    @Test
    void respondentsWithHighStrongDriverScoresAreMoreSatisfiedOverall() {
        Journey journey = Journey.standard();
        List<Respondent> all = generate(journey, GeneratorOptions.of(Language.ENGLISH), 3L, N);
        int[] strong = IntStream.range(0, journey.size())
                .filter(t -> Journey.STRONG_DRIVERS.contains(journey.step(t).name())).toArray();
        assertThat(strong).hasSize(3);
        double high = all.stream().filter(r -> allMetAndAtLeast(r, strong, 0.8))
                .mapToInt(r -> r.overall(0, 10)).average().orElseThrow();
        double low = all.stream().filter(r -> allMetAndAtMost(r, strong, 0.6))
                .mapToInt(r -> r.overall(0, 10)).average().orElseThrow();
        assertThat(high - low).isGreaterThan(1.5);
    }

    @Test
    void recommendCorrelatesWithOverall() {
        double r = correlation(EXTENDED.stream().mapToDouble(x -> x.overall(1, 5)).toArray(),
                EXTENDED.stream().mapToDouble(Respondent::recommend).toArray());
        assertThat(r).isGreaterThan(0.5);
        assertThat(EXTENDED).allSatisfy(x -> assertThat(x.recommend()).isBetween(0, 10));
    }

    @Test
    void betterThanExpectedGoesWithHighScoresAndWorseWithLowOnes() {
        List<Expectation> high = new ArrayList<>();
        List<Expectation> low = new ArrayList<>();
        for (Respondent r : EXTENDED) {
            for (int t = 0; t < r.touchpointCount(); t++) {
                if (r.met(t) && r.expectation(t) != null) {
                    if (r.score(t) >= 0.9) {
                        high.add(r.expectation(t));
                    } else if (r.score(t) <= 0.4) {
                        low.add(r.expectation(t));
                    }
                }
            }
        }
        assertThat(share(high, Expectation.BETTER)).isGreaterThan(0.6);
        assertThat(share(low, Expectation.BETTER)).isLessThan(0.02);
        assertThat(share(low, Expectation.WORSE)).isGreaterThan(0.6);
    }

    @Test
    void unmetTouchpointsHaveNoExpectationAndSomeMetOnesAreDontKnow() {
        long met = 0;
        long dontKnow = 0;
        for (Respondent r : EXTENDED) {
            for (int t = 0; t < r.touchpointCount(); t++) {
                if (!r.met(t)) {
                    assertThat(r.expectation(t)).isNull();
                } else {
                    met++;
                    dontKnow += r.expectation(t) == null ? 1 : 0;
                }
            }
        }
        assertThat(dontKnow / (double) met).isCloseTo(0.04, within(0.005));
    }

    @Test
    void deliveryAndInvoiceImproveInTheSecondWaveAndWebsiteDoesNot() {
        Journey journey = Journey.extended();
        assertThat(waveDifference(journey, "Delivery")).isGreaterThan(0.4);
        assertThat(waveDifference(journey, "Invoice")).isGreaterThan(0.4);
        assertThat(waveDifference(journey, "Website")).isCloseTo(0, within(0.15));
    }

    @Test
    void respondentsSplitEvenlyOverTheWavesWithDatesInsideEachPeriodInOrder() {
        long firstWave = EXTENDED.stream().filter(r -> r.waveIndex() == 0).count();
        assertThat(firstWave).isEqualTo(N / 2);
        LocalDateTime previous = LocalDateTime.MIN;
        for (Respondent r : EXTENDED) {
            assertThat(r.start().toLocalDate()).isBetween(r.wave().start(), r.wave().end());
            assertThat(r.start().getHour()).isBetween(7, 22);
            assertThat(r.start()).isAfterOrEqualTo(previous);
            previous = r.start();
        }
        assertThat(EXTENDED.get(0).wave().label()).isEqualTo("2025-Q1");
        assertThat(EXTENDED.get(N - 1).wave().label()).isEqualTo("2025-Q3");
    }

    @Test
    void aboutThirtyPercentCommentAndSomeCommentsNeedQuoting() {
        long comments = EXTENDED.stream().filter(r -> r.comment() != null).count();
        assertThat(comments / (double) N).isCloseTo(0.30, within(0.02));
        assertThat(EXTENDED).anyMatch(r -> r.comment() != null && r.comment().contains("\n"));
        assertThat(EXTENDED).anyMatch(r -> r.comment() != null && r.comment().contains("\""));
        assertThat(EXTENDED).anyMatch(r -> r.comment() != null && r.comment().contains(","));
    }

    @Test
    void commentSentimentFollowsOverallSatisfaction() {
        List<Respondent> dutch = generate(Journey.standard(), GeneratorOptions.of(Language.DUTCH), 8L, 5_000);
        var praise = overallOfCommentsWith(dutch, "Top!", "uitstekend", "Heel tevreden", "soepel", "Complimenten",
                "zeker terug");
        var complaints = overallOfCommentsWith(dutch, "rommeltje", "Teleurgesteld", "moet echt beter",
                "klopte niet", "Slechte");
        assertThat(praise.getCount()).isGreaterThan(50);
        assertThat(complaints.getCount()).isGreaterThan(10);
        assertThat(praise.getMin()).isGreaterThanOrEqualTo(0.78);
        assertThat(complaints.getMax()).isLessThan(0.55);
    }

    @Test
    void personalDataIsFakeAndSometimesAnonymous() {
        List<Respondent> all = generate(Journey.compact(), GeneratorOptions.of(Language.ENGLISH).withPersonalData(),
                4L, 2_000);
        long anonymous = all.stream().filter(r -> r.person() == null).count();
        assertThat(anonymous / 2_000.0).isCloseTo(0.15, within(0.03));
        assertThat(all.stream().filter(r -> r.person() != null))
                .allSatisfy(r -> assertThat(r.person().email()).matches("[a-z]+\\.[a-z]+@example\\.com"));
        assertThat(EXTENDED).allSatisfy(r -> assertThat(r.person()).isNull());
    }

    private double waveDifference(Journey journey, String touchpoint) {
        int t = IntStream.range(0, journey.size())
                .filter(i -> journey.step(i).name().equals(touchpoint)).findFirst().orElseThrow();
        double[] means = new double[2];
        for (int wave = 0; wave < 2; wave++) {
            int w = wave;
            means[wave] = EXTENDED.stream().filter(r -> r.waveIndex() == w && r.met(t))
                    .mapToInt(r -> r.score(t, 0, 10)).average().orElseThrow();
        }
        return means[1] - means[0];
    }

    private static DoubleSummaryStatistics overallOfCommentsWith(List<Respondent> all,
                                                                           String... markers) {
        return all.stream()
                .filter(r -> r.comment() != null && Arrays.stream(markers).anyMatch(r.comment()::contains))
                .mapToDouble(Respondent::overall).summaryStatistics();
    }

    private static boolean allMetAndAtLeast(Respondent r, int[] touchpoints, double min) {
        return Arrays.stream(touchpoints).allMatch(t -> r.met(t) && r.score(t) >= min);
    }

    private static boolean allMetAndAtMost(Respondent r, int[] touchpoints, double max) {
        return Arrays.stream(touchpoints).allMatch(t -> r.met(t) && r.score(t) <= max);
    }

    private static double share(List<Expectation> answers, Expectation which) {
        return answers.stream().filter(e -> e == which).count() / (double) answers.size();
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
