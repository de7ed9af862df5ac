package org.cxlens.sample;

import java.util.List;
import org.cxlens.domain.Expectation;

/** Answer labels as the survey tools write them. */
final class Labels {

    /** Index 0 is scale point 1. */
    static final List<String> SATISFACTION_EN = List.of("Very dissatisfied", "Dissatisfied",
            "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied");
    static final List<String> SATISFACTION_NL = List.of("Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden",
            "Zeer tevreden");
    static final String DONT_KNOW_NL = "Weet niet";
    static final String NOT_APPLICABLE_NL = "n.v.t.";
    static final String NPS_LOW = "0 - Not at all likely";
    static final String NPS_HIGH = "10 - Extremely likely";

    private Labels() {
    }

    /** The satisfaction label for a point on 1–5. */
    static String satisfaction(Language language, int point) {
        return language.pick(SATISFACTION_EN, SATISFACTION_NL).get(point - 1);
    }

    static String expectation(Language language, Expectation e) {
        return switch (e) {
            case WORSE -> language.pick("Worse than expected", "Slechter dan verwacht");
            case AS_EXPECTED -> language.pick("As expected", "Zoals verwacht");
            case BETTER -> language.pick("Better than expected", "Beter dan verwacht");
        };
    }
}
