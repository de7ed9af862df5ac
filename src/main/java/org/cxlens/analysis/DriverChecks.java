package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.Message;

/**
 * The guard-rails of a key-driver model. Quadrant verdicts are withheld when the model rests on
 * fewer than 100 respondents or fewer than 10 per touchpoint (relative weights of small samples
 * swing from one wave to the next), explains less than 10 % of the outcome (importance is then
 * mostly noise), or explains an outcome that is computed from the touchpoints themselves.
 */
final class DriverChecks {

    static final int MIN_BASE = 100;
    static final int MIN_PER_PREDICTOR = 10;
    static final double MIN_R_SQUARED = 0.10;
    /**
     * Share of the model whose delight was classified from the touchpoint mean above which the
     * verdicts are withheld; below it the count is reported, as a handful such respondents
     * hardly move the weights.
     */
    static final double MAX_SHARE_FROM_TOUCHPOINTS = 0.05;

    private DriverChecks() {
    }

    /**
     * @param outcomeItemMapped false when the project has no item for the outcome at all
     * @param selected          respondents passing the filter
     */
    static List<DriverWarning> check(DriverOutcome outcome, boolean outcomeItemMapped, int selected,
                                     DriverModelBase base, double rSquared) {
        List<DriverWarning> warnings = new ArrayList<>();
        if (!outcomeItemMapped) {
            warnings.add(warning(DriverWarning.Code.NO_OUTCOME_ITEM, outcome.phrase()));
            return warnings;
        }
        if (base.withOutcome() == 0) {
            warnings.add(warning(DriverWarning.Code.NO_OUTCOME, selected, outcome.phrase()));
            return warnings;
        }
        if (Double.isNaN(rSquared)) {
            warnings.add(warning(DriverWarning.Code.NO_MODEL, base.respondents()));
        }
        if (base.respondents() < MIN_BASE) {
            warnings.add(warning(DriverWarning.Code.SMALL_BASE, base.respondents(), MIN_BASE));
        }
        if (base.predictors() > 0 && base.respondents() < MIN_PER_PREDICTOR * base.predictors()) {
            warnings.add(warning(DriverWarning.Code.FEW_PER_PREDICTOR, base.respondents(), base.predictors(),
                    MIN_PER_PREDICTOR));
        }
        if (rSquared < MIN_R_SQUARED) {
            warnings.add(warning(DriverWarning.Code.LOW_R_SQUARED, rSquared, MIN_R_SQUARED));
        }
        int circular = base.outcomeFromTouchpoints();
        if (circular > 0) {
            boolean substantial = circular > MAX_SHARE_FROM_TOUCHPOINTS * base.respondents();
            warnings.add(warning(substantial ? DriverWarning.Code.OUTCOME_FROM_TOUCHPOINTS
                    : DriverWarning.Code.SOME_OUTCOMES_FROM_TOUCHPOINTS, circular, base.respondents()));
        }
        return warnings;
    }

    private static DriverWarning warning(DriverWarning.Code code, Object... args) {
        return new DriverWarning(code, Message.of("analysis.drivers.warning." + code, args));
    }
}
