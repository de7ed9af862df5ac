package org.cxlens.report;

import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Comparison;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Share;
import org.cxlens.domain.ExperienceClass;

/**
 * What a heatmap cell or a trend point measures of a group. The three shares apply to respondents
 * and to touchpoint experiences; NPS only to respondents with a 0–10 recommend item.
 */
public enum ChartMeasure {
    DELIGHTED, SATISFIED_OR_BETTER, RECOVERY, NPS;

    public boolean isShare() {
        return this != NPS;
    }

    /** The CSS name of the measure's colour: a class colour for the class shares. */
    public String colourId() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The class whose cases a click opens, or null when the measure is no single class and a click
     * opens the whole group behind the figure.
     */
    public ExperienceClass drillClass() {
        return this == DELIGHTED ? ExperienceClass.DELIGHTED : null;
    }

    /** The share with its interval; NPS is no share. */
    Share share(GroupMeasure m) {
        return switch (this) {
            case DELIGHTED -> m.classes().interval(ExperienceClass.DELIGHTED);
            case SATISFIED_OR_BETTER -> m.satisfiedOrDelighted();
            case RECOVERY -> m.recovery();
            case NPS -> throw new IllegalStateException("NPS is no share");
        };
    }

    /** The group against the rest of its grouping, or null when there is no rest. */
    Comparison vsRest(GroupMeasure m) {
        return switch (this) {
            case DELIGHTED -> m.vsRest(ExperienceClass.DELIGHTED);
            // Satisfied or better is 1 − indifferent in the group and in the rest: the same test, mirrored.
            case SATISFIED_OR_BETTER -> mirrored(m.vsRest(ExperienceClass.INDIFFERENT));
            case RECOVERY -> m.recoveryVsRest();
            case NPS -> throw new IllegalStateException("NPS has no test against the rest");
        };
    }

    /** Group a against group b of one grouping, at 95 %; null when either has no figure. */
    Comparison compare(GroupMeasure a, GroupMeasure b, AnalysisSettings settings) {
        return switch (this) {
            case DELIGHTED -> a.compare(b, ExperienceClass.DELIGHTED, settings);
            case SATISFIED_OR_BETTER, RECOVERY -> Comparison.of(share(a).estimate(), a.classes().effectiveBase(),
                    share(b).estimate(), b.classes().effectiveBase(), settings.minBase());
            case NPS -> a.nps() == null || b.nps() == null ? null : a.nps().compare(b.nps(), settings);
        };
    }

    private static Comparison mirrored(Comparison c) {
        return c == null ? null : new Comparison(-c.difference(), -c.z(), c.pValue(), c.significant(), c.suppressed());
    }
}
