package org.cxlens.analysis;

import java.util.List;
import org.cxlens.domain.ExperienceClass;

/**
 * Everything a bar or a table row shows for one group (a touchpoint, a department, a wave...).
 *
 * @param label                group name as the data spells it
 * @param classes              class shares with base and intervals
 * @param satisfiedOrDelighted share satisfied or delighted with its interval
 * @param recovery             share needing recovery (p below the recovery cut or worse than expected)
 * @param topBox               share on the top of the scale (p = 1)
 * @param meanScore            mean raw score; NaN when the group mixes scales (respondent level)
 * @param meanFraction         mean score as a fraction of the scale's range
 * @param nps                  NPS of the group's respondents, or null at touchpoint level or when no
 *                             0–10 recommend item exists
 * @param vsRest               per class (ordinal index), this group against all other cases of the
 *                             same grouping; null when there is no rest to compare with
 * @param recoveryVsRest       the share needing recovery against the rest, like {@code vsRest}; null
 *                             when there is no rest
 */
public record GroupMeasure(String label, ClassShares classes, Share satisfiedOrDelighted, Share recovery,
                           Share topBox, double meanScore, double meanFraction, Nps nps,
                           List<Comparison> vsRest, Comparison recoveryVsRest) {

    public Comparison vsRest(ExperienceClass c) {
        return vsRest == null ? null : vsRest.get(c.ordinal());
    }

    /** Tests one class share of this group against another group's (both must be of one grouping). */
    public Comparison compare(GroupMeasure other, ExperienceClass c, AnalysisSettings settings) {
        return Comparison.of(classes.share(c), classes.effectiveBase(), other.classes.share(c),
                other.classes.effectiveBase(), settings.minBase());
    }
}
