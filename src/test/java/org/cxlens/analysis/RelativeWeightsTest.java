package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class RelativeWeightsTest {

    @Test
    void orthogonalPredictorsGetTheirSquaredCorrelations() {
        // uncorrelated predictors: ε_j = r_j², R² = 0.25 + 0.09 + 0.01 = 0.35
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        RelativeWeights.Result result = RelativeWeights.compute(identity, new double[] {0.5, 0.3, -0.1});
        assertThat(result.weights()).containsExactly(new double[] {0.25, 0.09, 0.01}, offset(1e-12));
        assertThat(result.rSquared()).isCloseTo(0.35, offset(1e-12));
    }

    @Test
    void correlatedPredictorsMatchAnIndependentComputation() {
        // R_xx = [[1, .5, .3], [.5, 1, .4], [.3, .4, 1]], r_xy = (.6, .5, .4).
        // Computed independently with numpy (eigh, then Λ = V√ΛVᵀ, β = Λ⁻¹r, ε = (Λ∘Λ)β²):
        //   ε = (0.23809831, 0.12241010, 0.08126577), Σε = 0.44177419
        // and the OLS R² = r_xyᵀ R_xx⁻¹ r_xy = 0.44177419, as Johnson's weights must sum to R².
        double[][] rxx = {{1, 0.5, 0.3}, {0.5, 1, 0.4}, {0.3, 0.4, 1}};
        RelativeWeights.Result result = RelativeWeights.compute(rxx, new double[] {0.6, 0.5, 0.4});
        assertThat(result.weights()).containsExactly(new double[] {0.23809831, 0.12241010, 0.08126577}, offset(1e-8));
        assertThat(result.rSquared()).isCloseTo(0.44177419, offset(1e-8));
    }

    @Test
    void identicalPredictorsShareTheirWeight() {
        // R_xx = [[1, 1], [1, 1]] is singular (eigenvalues 2 and 0). With the zero eigenvalue left out:
        // Λ = (1,1)(1,1)ᵀ/√2 → every element 0.7071; β = (1,1)(1,1)ᵀ/(2√2) · (0.6, 0.6) = (0.4243, 0.4243);
        // ε_j = 0.5 · 0.18 + 0.5 · 0.18 = 0.18 each; R² = 0.36 = 0.6², as one predictor alone would give.
        RelativeWeights.Result result = RelativeWeights.compute(new double[][] {{1, 1}, {1, 1}}, new double[] {0.6, 0.6});
        assertThat(result.weights()).containsExactly(new double[] {0.18, 0.18}, offset(1e-9));
        assertThat(result.rSquared()).isCloseTo(0.36, offset(1e-9));
    }

    @Test
    void fourCorrelatedPredictorsMatchAnIndependentComputation() {
        // Computed independently with numpy (eigh, Λ = V√ΛVᵀ, β = Λ⁻¹r, ε = (Λ∘Λ)β²):
        //   ε = (0.16695019, 0.09332395, 0.04447980, 0.02391794), Σε = 0.32867188,
        // equal to the OLS R² = r_xyᵀ R_xx⁻¹ r_xy with R_xx⁻¹ r_xy = (0.36528, 0.21658, 0.11204, 0.07238).
        double[][] rxx = {{1, 0.4, 0.3, 0.2}, {0.4, 1, 0.35, 0.25}, {0.3, 0.35, 1, 0.45}, {0.2, 0.25, 0.45, 1}};
        RelativeWeights.Result result = RelativeWeights.compute(rxx, new double[] {0.5, 0.42, 0.33, 0.25});
        assertThat(result.weights()).containsExactly(
                new double[] {0.16695019, 0.09332395, 0.04447980, 0.02391794}, offset(1e-8));
        assertThat(result.rSquared()).isCloseTo(0.32867188, offset(1e-8));
    }
}
