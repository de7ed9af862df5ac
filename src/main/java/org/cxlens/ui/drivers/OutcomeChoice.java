package org.cxlens.ui.drivers;

import org.cxlens.analysis.DriverOutcome;
import org.cxlens.domain.SurveyData;

/** The outcomes the drivers and priorities pages can explain; the label is a bundle key. */
public enum OutcomeChoice {
    DELIGHT(DriverOutcome.DELIGHT),
    RECOMMEND(DriverOutcome.RECOMMEND);

    private final DriverOutcome outcome;

    OutcomeChoice(DriverOutcome outcome) {
        this.outcome = outcome;
    }

    public DriverOutcome outcome() {
        return outcome;
    }

    /** Whether the project has the outcome: the engine explains recommend whenever an import maps a recommend item, on whatever scale. */
    public boolean available(SurveyData data) {
        return this != RECOMMEND || data.imports().stream().anyMatch(i -> i.recommend() != null);
    }

    public String labelKey() {
        return "drivers.outcome." + name();
    }
}
