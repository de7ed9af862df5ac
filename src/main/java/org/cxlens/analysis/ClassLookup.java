package org.cxlens.analysis;

import org.cxlens.domain.ClassificationScheme;

/**
 * Every respondent's and every experience's class under one scheme, looked up per cell without
 * classifying again: what a drill-down table, its sort and its export read row by row.
 */
public final class ClassLookup {

    private final PreparedData prepared;
    private final byte[] respondentClasses;
    private final byte[][] experienceClasses;
    private final boolean[] respondentRecovery;
    private final boolean[][] experienceRecovery;

    ClassLookup(PreparedData prepared, Classifier classifier) {
        this.prepared = prepared;
        this.respondentClasses = prepared.respondents.levels.classes(classifier);
        this.experienceClasses = new byte[prepared.touchpoints.length][];
        this.respondentRecovery = prepared.respondents.levels.recovery(classifier);
        this.experienceRecovery = new boolean[prepared.touchpoints.length][];
        for (int slot = 0; slot < experienceClasses.length; slot++) {
            experienceClasses[slot] = prepared.touchpoints[slot].levels.classes(classifier);
            experienceRecovery[slot] = prepared.touchpoints[slot].levels.recovery(classifier);
        }
    }

    /** The respondent's class ordinal, or -1 when there is nothing to classify from. */
    public int respondentClass(int respondent) {
        return respondentClasses[prepared.respondents.level(respondent)];
    }

    /** Which item the respondent's class was read from. */
    public ClassificationSource source(int respondent) {
        int level = prepared.respondents.level(respondent);
        return level == Levels.MISSING ? ClassificationSource.NONE
                : ClassificationSource.values()[prepared.respondents.levels.source(level)];
    }

    /** The class ordinal of the respondent's experience at the touchpoint in this slot, or -1 when not scored. */
    public int experienceClass(int slot, int respondent) {
        return experienceClasses[slot][prepared.touchpoints[slot].level(respondent)];
    }

    /** Whether the respondent's overall experience needs recovery (false when there is nothing to classify from). */
    public boolean respondentRecovery(int respondent) {
        return respondentRecovery[prepared.respondents.level(respondent)];
    }

    /** Whether the respondent's experience at the touchpoint in this slot needs recovery (false when not scored). */
    public boolean experienceRecovery(int slot, int respondent) {
        return experienceRecovery[slot][prepared.touchpoints[slot].level(respondent)];
    }
}
