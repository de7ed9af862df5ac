package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;

/**
 * Key drivers: per touchpoint the pairwise-complete correlation of its score fraction with the
 * outcome, and Johnson's relative weights from the correlation matrix of all touchpoints.
 *
 * <p>The matrix uses complete cases (every touchpoint and the outcome present) when there are
 * at least max(minimum base, 10 × touchpoints) of them; otherwise every respondent with the
 * outcome, missing touchpoint scores replaced by the touchpoint's mean ({@link DriverMethod}).
 * Respondent weights apply throughout. Touchpoints that do not vary among those respondents
 * are left out of the model.
 *
 * <p>Note that respondents classified from their touchpoint mean ({@link ClassificationSource#TOUCHPOINT_MEAN})
 * have a delight outcome that is itself made of the predictors; the dashboard's source counts
 * show how many there are.
 */
final class DriverAnalysis {

    private static final int CHUNK = 1 << 16;

    private DriverAnalysis() {
    }

    static Drivers run(PreparedData prepared, Selection selection, List<Touchpoint> touchpoints, Classifier classifier,
                       DriverOutcome outcome, PerformanceMeasure performanceMeasure, Dashboard dashboard,
                       AnalysisSettings settings) {
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
        float[] y = outcome(prepared, selection, classifier, outcome);
        float[] weight = prepared.data.weighted() ? prepared.data.weight() : null;
        Data data = new Data(selection, series, fractions, y, weight, null);

        Moments pairwise = accumulate(data, false);
        int minComplete = Math.max(settings.minBase(), 10 * k);
        DriverMethod method = pairwise.complete >= minComplete ? DriverMethod.COMPLETE_CASES : DriverMethod.MEAN_IMPUTED;
        Moments model = pairwise;
        if (method == DriverMethod.MEAN_IMPUTED) {
            double[] means = new double[k];
            for (int j = 0; j < k; j++) {
                // A touchpoint never answered next to the outcome becomes a constant and drops out of the model.
                means[j] = pairwise.pair[j][0] > 0 ? pairwise.pair[j][1] / pairwise.pair[j][0] : 0;
            }
            model = accumulate(new Data(selection, series, fractions, y, weight, means), true);
        }
        return assemble(touchpoints, pairwise, model, fit(model, k), method, outcome, performanceMeasure, dashboard);
    }

    private static float[] outcome(PreparedData prepared, Selection selection, Classifier classifier,
                                   DriverOutcome outcome) {
        if (outcome == DriverOutcome.RECOMMEND) {
            return prepared.recommendFraction;
        }
        KeyedSeries respondents = prepared.respondents;
        byte[] classes = respondents.levels.classes(classifier);
        float[] delighted = new float[prepared.data.size()];
        for (int i = 0; i < selection.count(); i++) {
            int r = selection.row(i);
            int level = respondents.level(r);
            delighted[r] = level == Levels.MISSING ? Float.NaN
                    : classes[level] == ExperienceClass.DELIGHTED.ordinal() ? 1 : 0;
        }
        return delighted;
    }

    /** @param means null for complete cases; else the means that replace missing scores */
    private record Data(Selection selection, KeyedSeries[] series, double[][] fractions, float[] y,
                        float[] weight, double[] means) {
    }

    /** Weighted sums over one chunk of respondents. */
    private static final class Moments {
        /** Per predictor, over respondents with it and the outcome: Σw, Σwx, Σwy, Σwx², Σwy², Σwxy. */
        final double[][] pair;
        final long[] pairN;
        /** Σw vᵢvⱼ of v = (1, x₁…x_k, y) over the model's respondents, full symmetric matrix. */
        final double[][] cross;
        long complete;

        Moments(int k) {
            pair = new double[k][6];
            pairN = new long[k];
            cross = new double[k + 2][k + 2];
        }

        void add(Moments o) {
            for (int j = 0; j < pair.length; j++) {
                for (int m = 0; m < 6; m++) {
                    pair[j][m] += o.pair[j][m];
                }
                pairN[j] += o.pairN[j];
            }
            for (int i = 0; i < cross.length; i++) {
                for (int j = 0; j < cross.length; j++) {
                    cross[i][j] += o.cross[i][j];
                }
            }
            complete += o.complete;
        }
    }

    private static Moments accumulate(Data data, boolean imputing) {
        int k = data.series.length;
        int chunks = (data.selection.count() + CHUNK - 1) / CHUNK;
        return IntStream.range(0, Math.max(1, chunks)).parallel()
                .mapToObj(c -> accumulateChunk(data, c * CHUNK, Math.min(data.selection.count(), (c + 1) * CHUNK), imputing))
                .reduce(new Moments(k), (a, b) -> {
                    a.add(b);
                    return a;
                });
    }

    private static Moments accumulateChunk(Data data, int from, int to, boolean imputing) {
        int k = data.series.length;
        Moments m = new Moments(k);
        double[] v = new double[k + 2];
        v[0] = 1;
        for (int i = from; i < to; i++) {
            int r = data.selection.row(i);
            double y = data.y[r];
            if (Double.isNaN(y)) {
                continue;
            }
            double w = data.weight == null ? 1 : data.weight[r];
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
            if (complete || imputing) {
                m.complete++;
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

    /** Relative weights per predictor index (NaN when left out), and R². */
    private record ModelFit(double[] weights, double rSquared) {
    }

    private static ModelFit fit(Moments m, int k) {
        double[][] c = m.cross;
        int n = k + 2;
        double sw = c[0][0];
        double[] weights = new double[k];
        Arrays.fill(weights, Double.NaN);
        if (!(sw > 0) || m.complete < k + 2) {
            return new ModelFit(weights, Double.NaN);
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
            return new ModelFit(weights, Double.NaN);
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
        return new ModelFit(weights, result.rSquared());
    }

    private static Drivers assemble(List<Touchpoint> touchpoints, Moments m, Moments model, ModelFit fit, DriverMethod method,
                                    DriverOutcome outcome, PerformanceMeasure performanceMeasure, Dashboard dashboard) {
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
            boolean placed = !Double.isNaN(importance[j]) && !Double.isNaN(performance[j]);
            Quadrant quadrant = placed
                    ? Quadrant.of(importance[j] >= meanImportance, performance[j] >= meanPerformance) : null;
            drivers.add(new Driver(touchpoints.get(j), correlation, (int) m.pairN[j], fit.weights[j], importance[j],
                    performance[j], rank[j], quadrant));
        }
        return new Drivers(outcome, method, performanceMeasure, (int) model.complete, fit.rSquared, meanImportance,
                meanPerformance, List.copyOf(drivers));
    }
}
