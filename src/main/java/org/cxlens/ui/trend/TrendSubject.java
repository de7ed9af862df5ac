package org.cxlens.ui.trend;

import org.cxlens.domain.Touchpoint;

/** Whose trend is shown: all respondents (touchpoint null) or one touchpoint's experiences. */
public record TrendSubject(Touchpoint touchpoint) {

    public static final TrendSubject RESPONDENTS = new TrendSubject(null);

    public boolean respondents() {
        return touchpoint == null;
    }
}
