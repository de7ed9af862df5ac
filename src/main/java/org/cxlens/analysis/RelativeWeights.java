package org.cxlens.analysis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's relative weights (Johnson 2000, Multivariate Behavioral Research 35(1)): the
 * predictors are replaced by their closest orthogonal counterparts Z, the criterion is regressed
 * on Z, and each predictor is credited with its share of every Z. The weights are non-negative
 * and sum to the model R², unlike squared betas when touchpoints correlate (they always do).
 *
 * <p>With R = V Λ Vᵀ the predictor correlation matrix, Λ<sub>xz</sub> = V Λ<sup>½</sup> Vᵀ
 * correlates X with Z, β = V Λ<sup>−½</sup> Vᵀ r<sub>xy</sub> regresses y on Z, and
 * ε<sub>j</sub> = Σ<sub>k</sub> Λ<sub>xz,jk</sub>² β<sub>k</sub>². Eigenvalues near zero
 * (collinear predictors) are left out, which makes β the pseudo-inverse solution. The eigen
 * decomposition is Commons Math's (a maintained library rather than a solver of our own).
 */
final class RelativeWeights {

    private static final double SINGULAR = 1e-10;

    /** Raw weights ε per predictor, which sum to the model's R². */
    record Result(double[] weights, double rSquared) {
    }

    static Result compute(double[][] predictorCorrelations, double[] criterionCorrelations) {
        int k = criterionCorrelations.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(predictorCorrelations, true));
        RealMatrix vectors = eigen.getV();
        double[][] v = vectors.getData();
        double[] values = eigen.getRealEigenvalues();
        double[] root = new double[k];
        double[] inverseRoot = new double[k];
        for (int i = 0; i < k; i++) {
            double lambda = values[i];
            root[i] = lambda > SINGULAR ? Math.sqrt(lambda) : 0;
            inverseRoot[i] = lambda > SINGULAR ? 1 / Math.sqrt(lambda) : 0;
        }
        double[][] lambdaXz = new double[k][k];
        double[][] inverse = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double a = 0;
                double b = 0;
                for (int m = 0; m < k; m++) {
                    a += v[i][m] * root[m] * v[j][m];
                    b += v[i][m] * inverseRoot[m] * v[j][m];
                }
                lambdaXz[i][j] = a;
                inverse[i][j] = b;
            }
        }
        double[] beta = new double[k];
        double rSquared = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                beta[i] += inverse[i][j] * criterionCorrelations[j];
            }
            rSquared += beta[i] * beta[i];
        }
        double[] weights = new double[k];
        for (int j = 0; j < k; j++) {
            for (int m = 0; m < k; m++) {
                weights[j] += lambdaXz[j][m] * lambdaXz[j][m] * beta[m] * beta[m];
            }
        }
        return new Result(weights, rSquared);
    }
}
