package org.cxlens.analysis;

import java.util.List;
import org.cxlens.domain.Message;

/**
 * Why a key-driver model should not be read as it stands; most codes withhold the quadrant
 * verdicts (see {@link DriverChecks} for the rules).
 */
public record DriverWarning(Code code, Message message) {

    /** True when none of the warnings withholds the verdicts. */
    static boolean judged(List<DriverWarning> warnings) {
        return warnings.stream().noneMatch(w -> w.code().withholdsVerdicts());
    }

    public enum Code {
        /** The project maps no item for the outcome at all. */
        NO_OUTCOME_ITEM(true),
        /** No selected respondent has the outcome. */
        NO_OUTCOME(true),
        /** Respondents exist but no model could be fitted (too few, or nothing varies). */
        NO_MODEL(true),
        SMALL_BASE(true),
        FEW_PER_PREDICTOR(true),
        LOW_R_SQUARED(true),
        /** A substantial part of the delight outcome is computed from the predictors. */
        OUTCOME_FROM_TOUCHPOINTS(true),
        /** A few respondents' delight outcome is computed from the predictors: said, not withheld. */
        SOME_OUTCOMES_FROM_TOUCHPOINTS(false),
        /** More touchpoints than one model takes: the others have a correlation but no weight or quadrant. */
        TOUCHPOINTS_LEFT_OUT(false);

        private final boolean withholdsVerdicts;

        Code(boolean withholdsVerdicts) {
            this.withholdsVerdicts = withholdsVerdicts;
        }

        public boolean withholdsVerdicts() {
            return withholdsVerdicts;
        }
    }
}
