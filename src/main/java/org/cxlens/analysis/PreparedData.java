package org.cxlens.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * What the engine derives once per {@link SurveyData}: every cell as a level id, each
 * respondent's classification input, recommend fractions and month codes.
 */
final class PreparedData {

    /**
     * NPS is defined on 0–10 with 10 best; the same eleven points declared 10–0 (0 best) are read
     * the other way round. A recommend item on any other scale has none.
     */
    private static final Scale NPS_SCALE = Scale.of(0, 10);

    final SurveyData data;
    final KeyedSeries respondents;
    final KeyedSeries[] touchpoints;
    /** Recommend score as a fraction of its import's scale, NaN when missing. */
    final float[] recommendFraction;
    final int[] monthCodes;
    final List<String> monthLabels;

    private PreparedData(SurveyData data, KeyedSeries respondents, KeyedSeries[] touchpoints,
                         float[] recommendFraction, int[] monthCodes, List<String> monthLabels) {
        this.data = data;
        this.respondents = respondents;
        this.touchpoints = touchpoints;
        this.recommendFraction = recommendFraction;
        this.monthCodes = monthCodes;
        this.monthLabels = monthLabels;
    }

    static PreparedData of(SurveyData data) {
        if (data.weighted()) {
            for (int r = 0; r < data.size(); r++) {
                if (!(data.weight()[r] >= 0 && Float.isFinite(data.weight()[r]))) {
                    throw new IllegalArgumentException("respondent " + r + " has weight " + data.weight()[r]
                            + "; weights must be finite and not negative");
                }
            }
        }
        int slots = data.touchpoints().size();
        KeyedSeries[] touchpoints = IntStream.range(0, slots).parallel()
                .mapToObj(slot -> keyTouchpoint(data, slot))
                .toArray(KeyedSeries[]::new);
        float[] recommendFraction = recommendFractions(data);
        KeyedSeries respondents = keyRespondents(data, recommendFraction);
        int[] monthCodes = new int[data.size()];
        List<String> monthLabels = months(data, monthCodes);
        return new PreparedData(data, respondents, touchpoints, recommendFraction, monthCodes, monthLabels);
    }

    private static KeyedSeries keyTouchpoint(SurveyData data, int slot) {
        Touchpoint touchpoint = data.touchpoints().get(slot);
        Scale scale = touchpoint.scale();
        float[] scores = data.scores()[slot];
        byte[] expectations = data.expectations() == null ? null : data.expectations()[slot];
        Levels levels = new Levels();
        int[] ids = new int[data.size()];
        for (int r = 0; r < ids.length; r++) {
            float x = scores[r];
            if (Float.isNaN(x)) {
                continue;
            }
            int e = expectations == null ? -1 : expectations[r];
            long key = ((long) (e + 1) << 32) | (Float.floatToIntBits(x) & 0xFFFF_FFFFL);
            ids[r] = levels.levelOf(key, scale.fraction(x), x, e, ClassificationSource.TOUCHPOINT_MEAN.ordinal(), -1);
        }
        return KeyedSeries.of(ids, levels);
    }

    private static float[] recommendFractions(SurveyData data) {
        float[] fractions = new float[data.size()];
        for (int r = 0; r < fractions.length; r++) {
            Scale scale = data.imports().get(data.importIndex()[r]).recommend();
            float x = data.recommend()[r];
            fractions[r] = scale == null || Float.isNaN(x) ? Float.NaN : (float) scale.fraction(x);
        }
        return fractions;
    }

    /** Applies the source order of DESIGN §3: overall (+ expectation), recommend, touchpoint mean. */
    private static KeyedSeries keyRespondents(SurveyData data, float[] recommendFraction) {
        Levels levels = new Levels();
        int[] ids = new int[data.size()];
        List<Touchpoint> catalogue = data.touchpoints();
        for (int r = 0; r < ids.length; r++) {
            SurveyData.ImportScales scales = data.imports().get(data.importIndex()[r]);
            int nps = npsCode(scales.recommend(), data.recommend()[r]);
            float overall = data.overall()[r];
            double p;
            int e = -1;
            ClassificationSource source;
            if (scales.overall() != null && !Float.isNaN(overall)) {
                source = ClassificationSource.OVERALL;
                p = scales.overall().fraction(overall);
                e = data.overallExpectation() == null ? -1 : data.overallExpectation()[r];
            } else if (!Float.isNaN(recommendFraction[r])) {
                source = ClassificationSource.RECOMMEND;
                p = scales.recommend().fraction(data.recommend()[r]);
            } else {
                p = touchpointMean(data, catalogue, r);
                source = Double.isNaN(p) ? ClassificationSource.NONE : ClassificationSource.TOUCHPOINT_MEAN;
            }
            if (source == ClassificationSource.NONE) {
                continue;
            }
            long tag = source.ordinal() | (e + 1) << 2 | (nps + 1) << 4;
            long key = tag << 32 | (Float.floatToIntBits((float) p) & 0xFFFF_FFFFL);
            ids[r] = levels.levelOf(key, p, Double.NaN, e, source.ordinal(), nps);
        }
        return KeyedSeries.of(ids, levels);
    }

    static double touchpointMean(SurveyData data, List<Touchpoint> catalogue, int r) {
        double sum = 0;
        int n = 0;
        for (int slot = 0; slot < catalogue.size(); slot++) {
            float x = data.scores()[slot][r];
            if (!Float.isNaN(x)) {
                sum += catalogue.get(slot).scale().fraction(x);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** NPS category when the recommend item is on 0–10 (or 10–0): 0 detractor (0–6), 1 passive, 2 promoter (9–10). */
    static int npsCode(Scale scale, float x) {
        if (scale == null || Float.isNaN(x) || !(scale.equals(NPS_SCALE) || scale.equals(NPS_SCALE.flipped()))) {
            return -1;
        }
        float score = scale.reversed() ? 10 - x : x;
        return score >= 9 ? 2 : score > 6 ? 1 : 0;
    }

    private static List<String> months(SurveyData data, int[] codes) {
        int[] days = data.epochDay();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int day : days) {
            if (day != Integer.MIN_VALUE) {
                int month = monthIndex(day);
                first = Math.min(first, month);
                last = Math.max(last, month);
            }
        }
        for (int r = 0; r < codes.length; r++) {
            codes[r] = days[r] == Integer.MIN_VALUE ? -1 : monthIndex(days[r]) - first;
        }
        List<String> labels = new ArrayList<>();
        for (int month = first; month <= last && first != Integer.MAX_VALUE; month++) {
            labels.add(YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1).toString());
        }
        return labels;
    }

    private static int monthIndex(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
