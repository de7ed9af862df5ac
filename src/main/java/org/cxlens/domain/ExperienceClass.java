package org.cxlens.domain;

/** The three classes every respondent and every touchpoint experience falls into (DESIGN §3). */
public enum ExperienceClass {
    INDIFFERENT, SATISFIED, DELIGHTED
}
