package org.cxlens.analysis;

import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Scale;

/**
 * Applies a {@link ClassificationScheme} to a score fraction p (DESIGN §3).
 *
 * <p>A score exactly on a cut point belongs to the upper class. Fractions come from float
 * scores and divisions such as 6.5 / 10, so comparisons allow {@link #EPSILON}: a fraction within
 * one millionth of the scale's range below a cut point counts as reaching it.
 */
public final class Classifier {

    /** Tolerance on fractions; far below any real difference between two scores. */
    public static final double EPSILON = 1e-6;

    /** Expectation codes as stored in {@link org.cxlens.domain.SurveyData}. */
    static final int WORSE = 0;
    static final int AS_EXPECTED = 1;
    static final int BETTER = 2;

    private final ClassificationScheme scheme;
    private final double delightedFrom;
    private final double satisfiedFrom;
    private final double recoveryBelow;
    private final boolean expectationRule;

    public Classifier(ClassificationScheme scheme) {
        this.scheme = scheme;
        this.delightedFrom = scheme.delightedFrom() - EPSILON;
        this.satisfiedFrom = scheme.satisfiedFrom() - EPSILON;
        this.recoveryBelow = scheme.recoveryBelow() - EPSILON;
        this.expectationRule = scheme.expectationRule();
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /**
     * The class of a score fraction, read with its expectation answer when there is one.
     *
     * @param expectation null when no expectation item was answered
     */
    public ExperienceClass classify(double p, Expectation expectation) {
        return ExperienceClass.values()[classCode(p, expectation == null ? -1 : expectation.ordinal())];
    }

    /** True for a negative experience that should be followed up: p below the cut or worse than expected. */
    public boolean recoveryNeeded(double p, Expectation expectation) {
        return recovery(p, expectation == null ? -1 : expectation.ordinal());
    }

    /** Class ordinal for an expectation code (-1 missing, 0 worse, 1 as expected, 2 better), ignored when the rule is off. */
    int classCode(double p, int expectation) {
        if (expectation < 0 || !expectationRule) {
            if (p >= delightedFrom) {
                return ExperienceClass.DELIGHTED.ordinal();
            }
            return p >= satisfiedFrom ? ExperienceClass.SATISFIED.ordinal() : ExperienceClass.INDIFFERENT.ordinal();
        }
        return switch (expectation) {
            case BETTER -> p >= satisfiedFrom ? ExperienceClass.DELIGHTED.ordinal() : ExperienceClass.SATISFIED.ordinal();
            case AS_EXPECTED -> p >= satisfiedFrom ? ExperienceClass.SATISFIED.ordinal() : ExperienceClass.INDIFFERENT.ordinal();
            default -> ExperienceClass.INDIFFERENT.ordinal();
        };
    }

    boolean recovery(double p, int expectation) {
        return p < recoveryBelow || expectationRule && expectation == WORSE;
    }

    /** Where the scheme's cuts fall on a scale, for the classification editor. */
    public CutPoints cutPoints(Scale scale) {
        return CutPoints.of(scheme, scale);
    }
}
