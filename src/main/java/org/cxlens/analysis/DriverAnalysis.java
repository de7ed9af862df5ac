package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Key drivers: per touchpoint the pairwise-complete correlation of its score fraction with the
 * outcome, and Johnson's relative weights from the correlation matrix of all touchpoints.
 *
 * <p>The matrix uses complete cases (every touchpoint and the outcome present) when there are
 * at least max(minimum base, 10 × touchpoints) of them; otherwise every respondent with the
 * outcome, missing touchpoint scores replaced by the touchpoint's mean ({@link DriverMethod}).
 * Respondent weights apply throughout unless the analysis is unweighted. Touchpoints that do not
 * vary among those respondents are left out of the model. {@link DriverChecks} decides whether
 * the result may be judged; respondents classified from their touchpoint mean
 * ({@link ClassificationSource#TOUCHPOINT_MEAN}) have a delight outcome made of the predictors,
 * so they are counted.
 *
 * <p>At most {@link #MAX_MODEL_TOUCHPOINTS} touchpoints enter the relative-weights model: those with
 * the largest base beside the outcome. Every touchpoint still gets its correlation, and a warning
 * says how many were left out of the model.
 */
final class DriverAnalysis {

    private static final int CHUNK = 1 << 16;
    /**
     * The model's cost grows with the respondents times the square of its touchpoints (the cross
     * products) plus the cube of its touchpoints (the eigen decomposition): 50 keeps a million
     * respondents at about a second, and is more than any journey of touchpoints we have seen.
     * A project with thousands of touchpoints (a long file with one per product or branch) would
     * otherwise run for hours; weights of thousands of correlated predictors could not be read
     * anyway, and those with the most answers are the ones the data can say most about.
     */
    static final int MAX_MODEL_TOUCHPOINTS = 50;

    private DriverAnalysis() {
    }

    /** @param weight respondent weights, or null for an unweighted analysis */
    static Drivers run(PreparedData prepared, Selection selection, List<Touchpoint> touchpoints, Classifier classifier,
                       DriverOutcome outcome, PerformanceMeasure performanceMeasure, Dashboard dashboard,
                       AnalysisSettings settings, float[] weight) {
        int k = touchpoints.size();
        double[][] fractions = new double[k][];
        KeyedSeries[] series = new KeyedSeries[k];
        for (int j = 0; j < k; j++) {
            series[j] = prepared.touchpoints[touchpoints.get(j).slot()];
            Levels levels = series[j].levels;
            fractions[j] = new double[levels.size()];
            for (int level = 0; level < levels.size(); level++) {
                fractions[j][level] = levels.fraction(level);
            }
        }
        OutcomeValues y = outcome(prepared, selection, classifier, outcome);
        Data all = new Data(selection, series, fractions, y.values, y.fromTouchpoints, weight, null);

        Moments pairwise = accumulate(all, false, k <= MAX_MODEL_TOUCHPOINTS);
        int[] modelled = modelled(pairwise);
        Moments modelPairwise = pairwise;
        Data modelData = all;
        if (modelled.length < k) {
            KeyedSeries[] modelSeries = new KeyedSeries[modelled.length];
            double[][] modelFractions = new double[modelled.length][];
            for (int j = 0; j < modelled.length; j++) {
                modelSeries[j] = series[modelled[j]];
                modelFractions[j] = fractions[modelled[j]];
            }
            modelData = new Data(selection, modelSeries, modelFractions, y.values, y.fromTouchpoints, weight, null);
            modelPairwise = accumulate(modelData, false, true);
        }
        int p = modelled.length;
        int minComplete = Math.max(settings.minBase(), 10 * p);
        DriverMethod method = modelPairwise.complete >= minComplete
                ? DriverMethod.COMPLETE_CASES : DriverMethod.MEAN_IMPUTED;
        Moments model = modelPairwise;
        if (method == DriverMethod.MEAN_IMPUTED) {
            double[] means = new double[p];
            for (int j = 0; j < p; j++) {
                // A touchpoint never answered next to the outcome becomes a constant and drops out of the model.
                double[] pair = modelPairwise.pair[j];
                means[j] = pair[0] > 0 ? pair[1] / pair[0] : 0;
            }
            model = accumulate(new Data(selection, modelData.series, modelData.fractions, y.values, y.fromTouchpoints,
                    weight, means), true, true);
        }
        ModelFit fit = fit(model, p).spread(modelled, k);
        double sw = model.cross[0][0];
        DriverModelBase base = new DriverModelBase((int) pairwise.withOutcome, (int) modelPairwise.complete,
                (int) model.complete, model.sw2 > 0 ? sw * sw / model.sw2 : 0, fit.predictors,
                (int) model.fromTouchpoints);
        List<DriverWarning> warnings = new ArrayList<>(DriverChecks.check(outcome, itemMapped(prepared.data, outcome),
                selection.count(), base, fit.rSquared));
        if (p < k && base.withOutcome() > 0) {
            warnings.add(new DriverWarning(DriverWarning.Code.TOUCHPOINTS_LEFT_OUT,
                    Message.of("analysis.drivers.warning.TOUCHPOINTS_LEFT_OUT", p, k - p, k)));
        }
        return assemble(touchpoints, pairwise, base, fit, method, outcome, performanceMeasure, dashboard, warnings);
    }

    /**
     * Indexes of the touchpoints in the model, in journey order: all of them, or the
     * {@link #MAX_MODEL_TOUCHPOINTS} with the largest base beside the outcome (earlier in the journey
     * first among equal bases).
     */
    private static int[] modelled(Moments pairwise) {
        int k = pairwise.pairN.length;
        if (k <= MAX_MODEL_TOUCHPOINTS) {
            return IntStream.range(0, k).toArray();
        }
        return IntStream.range(0, k).boxed()
                .sorted(Comparator.comparingLong((Integer j) -> -pairwise.pairN[j]).thenComparingInt(j -> j))
                .limit(MAX_MODEL_TOUCHPOINTS)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
    }

    private static boolean itemMapped(SurveyData data, DriverOutcome outcome) {
        return switch (outcome.kind()) {
            case RECOMMEND -> data.imports().stream().anyMatch(i -> i.recommend() != null);
            case OVERALL -> data.imports().stream().anyMatch(i -> i.overall() != null);
            case DELIGHT, ATTRIBUTE -> true;
        };
    }

    /**
     * @param values          outcome per respondent, NaN when missing
     * @param fromTouchpoints per respondent, whether the outcome was computed from the touchpoints; null when never
     */
    private record OutcomeValues(float[] values, boolean[] fromTouchpoints) {
    }

    private static OutcomeValues outcome(PreparedData prepared, Selection selection, Classifier classifier,
                                         DriverOutcome outcome) {
        SurveyData data = prepared.data;
        return switch (outcome.kind()) {
            case RECOMMEND -> new OutcomeValues(prepared.recommendFraction, null);
            case OVERALL -> {
                float[] overall = new float[data.size()];
                for (int i = 0; i < selection.count(); i++) {
                    int r = selection.row(i);
                    Scale scale = data.imports().get(data.importIndex()[r]).overall();
                    float x = data.overall()[r];
                    overall[r] = scale == null || Float.isNaN(x) ? Float.NaN : (float) scale.fraction(x);
                }
                yield new OutcomeValues(overall, null);
            }
            case ATTRIBUTE -> new OutcomeValues(attributeOutcome(data, selection, outcome), null);
            case DELIGHT -> {
                KeyedSeries respondents = prepared.respondents;
                byte[] classes = respondents.levels.classes(classifier);
                float[] delighted = new float[data.size()];
                boolean[] fromTouchpoints = new boolean[data.size()];
                for (int i = 0; i < selection.count(); i++) {
                    int r = selection.row(i);
                    int level = respondents.level(r);
                    if (level == Levels.MISSING) {
                        delighted[r] = Float.NaN;
                        continue;
                    }
                    delighted[r] = classes[level] == ExperienceClass.DELIGHTED.ordinal() ? 1 : 0;
                    fromTouchpoints[r] = respondents.levels.source(level) == ClassificationSource.TOUCHPOINT_MEAN.ordinal();
                }
                yield new OutcomeValues(delighted, fromTouchpoints);
            }
        };
    }

    private static float[] attributeOutcome(SurveyData data, Selection selection, DriverOutcome outcome) {
        SurveyData.Coded column = data.segments().stream()
                .filter(s -> s.name().equals(outcome.attribute()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no attribute column named " + outcome.attribute()))
                .column();
        float[] codeValue = new float[column.values().size()];
        for (int c = 0; c < codeValue.length; c++) {
            String value = column.values().get(c);
            codeValue[c] = value == null || value.isBlank() ? Float.NaN : value.equals(outcome.value()) ? 1 : 0;
        }
        float[] values = new float[data.size()];
        for (int i = 0; i < selection.count(); i++) {
            int r = selection.row(i);
            int code = column.codes()[r];
            values[r] = code < 0 ? Float.NaN : codeValue[code];
        }
        return values;
    }

    /** @param means null for complete cases; else the means that replace missing scores */
    private record Data(Selection selection, KeyedSeries[] series, double[][] fractions, float[] y,
                        boolean[] fromTouchpoints, float[] weight, double[] means) {
    }

    /** Weighted sums over one chunk of respondents. */
    private static final class Moments {
        /** Per predictor, over respondents with it and the outcome: Σw, Σwx, Σwy, Σwx², Σwy², Σwxy. */
        final double[][] pair;
        final long[] pairN;
        /** Σw vᵢvⱼ of v = (1, x₁…x_k, y) over the model's respondents, full symmetric matrix; null when not wanted. */
        final double[][] cross;
        /** Respondents in the model (complete cases, or all with the outcome when imputing). */
        long complete;
        /** Respondents with the outcome (counted while not imputing). */
        long withOutcome;
        /** Σw² over the model's respondents, for the effective base. */
        double sw2;
        /** Model respondents whose outcome was computed from their touchpoints. */
        long fromTouchpoints;

        Moments(int k, boolean withCross) {
            pair = new double[k][6];
            pairN = new long[k];
            cross = withCross ? new double[k + 2][k + 2] : null;
        }

        void add(Moments o) {
            for (int j = 0; j < pair.length; j++) {
                for (int m = 0; m < 6; m++) {
                    pair[j][m] += o.pair[j][m];
                }
                pairN[j] += o.pairN[j];
            }
            for (int i = 0; cross != null && i < cross.length; i++) {
                for (int j = 0; j < cross.length; j++) {
                    cross[i][j] += o.cross[i][j];
                }
            }
            complete += o.complete;
            withOutcome += o.withOutcome;
            sw2 += o.sw2;
            fromTouchpoints += o.fromTouchpoints;
        }
    }

    /** @param withCross false for the pairwise sums alone (no model): linear, not quadratic, in the touchpoints */
    private static Moments accumulate(Data data, boolean imputing, boolean withCross) {
        int k = data.series.length;
        int chunks = (data.selection.count() + CHUNK - 1) / CHUNK;
        // No identity value: a shared identity would be added into by several threads at once.
        return IntStream.range(0, Math.max(1, chunks)).parallel()
                .mapToObj(c -> accumulateChunk(data, c * CHUNK, Math.min(data.selection.count(), (c + 1) * CHUNK), imputing,
                        withCross))
                .reduce((a, b) -> {
                    a.add(b);
                    return a;
                })
                .orElseGet(() -> new Moments(k, withCross));
    }

    private static Moments accumulateChunk(Data data, int from, int to, boolean imputing, boolean withCross) {
        int k = data.series.length;
        Moments m = new Moments(k, withCross);
        double[] v = new double[k + 2];
        v[0] = 1;
        for (int i = from; i < to; i++) {
            int r = data.selection.row(i);
            double y = data.y[r];
            if (Double.isNaN(y)) {
                continue;
            }
            double w = data.weight == null ? 1 : data.weight[r];
            m.withOutcome++;
            boolean complete = true;
            for (int j = 0; j < k; j++) {
                double x = data.fractions[j][data.series[j].level(r)];
                if (Double.isNaN(x)) {
                    complete = false;
                    v[j + 1] = imputing ? data.means[j] : Double.NaN;
                    continue;
                }
                v[j + 1] = x;
                if (!imputing) {
                    double[] p = m.pair[j];
                    p[0] += w;
                    p[1] += w * x;
                    p[2] += w * y;
                    p[3] += w * x * x;
                    p[4] += w * y * y;
                    p[5] += w * x * y;
                    m.pairN[j]++;
                }
            }
            v[k + 1] = y;
            if ((complete || imputing) && withCross) {
                m.complete++;
                m.sw2 += w * w;
                if (data.fromTouchpoints != null && data.fromTouchpoints[r]) {
                    m.fromTouchpoints++;
                }
                for (int a = 0; a < k + 2; a++) {
                    double wa = w * v[a];
                    double[] row = m.cross[a];
                    for (int b = a; b < k + 2; b++) {
                        row[b] += wa * v[b];
                    }
                }
            }
        }
        return m;
    }

    /** Relative weights per predictor index (NaN when left out), R², and how many predictors entered. */
    private record ModelFit(double[] weights, double rSquared, int predictors) {

        /** The weights of the model's predictors at their indexes among all k touchpoints, NaN for the others. */
        ModelFit spread(int[] modelled, int k) {
            if (modelled.length == k) {
                return this;
            }
            double[] all = new double[k];
            Arrays.fill(all, Double.NaN);
            for (int j = 0; j < modelled.length; j++) {
                all[modelled[j]] = weights[j];
            }
            return new ModelFit(all, rSquared, predictors);
        }
    }

    private static ModelFit fit(Moments m, int k) {
        double[][] c = m.cross;
        int n = k + 2;
        double sw = c[0][0];
        double[] weights = new double[k];
        Arrays.fill(weights, Double.NaN);
        if (!(sw > 0) || m.complete < k + 2) {
            return new ModelFit(weights, Double.NaN, 0);
        }
        double[][] cov = new double[n - 1][n - 1];
        for (int a = 1; a < n; a++) {
            for (int b = a; b < n; b++) {
                double value = (c[a][b] - c[0][a] * c[0][b] / sw) / sw;
                cov[a - 1][b - 1] = value;
                cov[b - 1][a - 1] = value;
            }
        }
        double yVariance = cov[k][k];
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (cov[j][j] > 1e-12) {
                kept.add(j);
            }
        }
        if (!(yVariance > 1e-12) || kept.isEmpty()) {
            return new ModelFit(weights, Double.NaN, kept.size());
        }
        int p = kept.size();
        double[][] rxx = new double[p][p];
        double[] rxy = new double[p];
        for (int a = 0; a < p; a++) {
            int ja = kept.get(a);
            for (int b = 0; b < p; b++) {
                int jb = kept.get(b);
                rxx[a][b] = cov[ja][jb] / Math.sqrt(cov[ja][ja] * cov[jb][jb]);
            }
            rxy[a] = cov[ja][k] / Math.sqrt(cov[ja][ja] * yVariance);
        }
        RelativeWeights.Result result = RelativeWeights.compute(rxx, rxy);
        for (int a = 0; a < p; a++) {
            weights[kept.get(a)] = result.weights()[a];
        }
        return new ModelFit(weights, result.rSquared(), p);
    }

    private static Drivers assemble(List<Touchpoint> touchpoints, Moments m, DriverModelBase base, ModelFit fit,
                                    DriverMethod method, DriverOutcome outcome, PerformanceMeasure performanceMeasure,
                                    Dashboard dashboard, List<DriverWarning> warnings) {
        boolean judged = DriverWarning.judged(warnings);
        int k = touchpoints.size();
        Map<Touchpoint, GroupMeasure> measures = new HashMap<>();
        dashboard.touchpoints().forEach(t -> measures.put(t.touchpoint(), t.measure()));
        double[] importance = new double[k];
        double[] performance = new double[k];
        double importanceSum = 0;
        double performanceSum = 0;
        int counted = 0;
        for (int j = 0; j < k; j++) {
            importance[j] = fit.rSquared > 0 ? fit.weights[j] / fit.rSquared : Double.NaN;
            GroupMeasure measure = measures.get(touchpoints.get(j));
            performance[j] = measure == null ? Double.NaN : performanceMeasure == PerformanceMeasure.DELIGHTED
                    ? measure.classes().share(ExperienceClass.DELIGHTED)
                    : measure.satisfiedOrDelighted().estimate();
            if (!Double.isNaN(importance[j]) && !Double.isNaN(performance[j])) {
                importanceSum += importance[j];
                performanceSum += performance[j];
                counted++;
            }
        }
        double meanImportance = counted > 0 ? importanceSum / counted : Double.NaN;
        double meanPerformance = counted > 0 ? performanceSum / counted : Double.NaN;
        Integer[] order = IntStream.range(0, k).boxed()
                .filter(j -> !Double.isNaN(fit.weights[j]))
                .sorted(Comparator.comparingDouble((Integer j) -> -fit.weights[j]))
                .toArray(Integer[]::new);
        int[] rank = new int[k];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i + 1;
        }
        List<Driver> drivers = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] p = m.pair[j];
            double correlation = Statistics.correlation(p[0], p[1], p[2], p[3], p[4], p[5]);
            boolean placed = judged && !Double.isNaN(importance[j]) && !Double.isNaN(performance[j]);
            Quadrant quadrant = placed
                    ? Quadrant.of(importance[j] >= meanImportance, performance[j] >= meanPerformance) : null;
            drivers.add(new Driver(touchpoints.get(j), correlation, (int) m.pairN[j], fit.weights[j], importance[j],
                    performance[j], rank[j], quadrant));
        }
        return new Drivers(outcome, method, performanceMeasure, base, fit.rSquared, meanImportance, meanPerformance,
                warnings, drivers);
    }
}
