package org.cxlens.analysis;

import java.util.List;
import java.util.Map;
import org.cxlens.domain.ClassificationScheme;

/**
 * The overview a UI or CLI renders directly: respondent-level shares and NPS, every touchpoint
 * (journey order) and every owning department, under one filter and one scheme.
 *
 * @param respondents  respondents passing the filter (classified or not)
 * @param weighted     whether respondent weights were applied
 * @param effectiveRespondents Kish effective base of those respondents, (Σw)² / Σw²; equals
 *                     respondents when unweighted
 * @param overall      respondent-level measure (label null), with NPS when a 0–10 recommend item exists
 * @param sources      how many selected respondents were classified from each source
 * @param touchpoints  experience-level measure per touchpoint passing the touchpoint-department filter
 * @param departments  experiences pooled over the touchpoints each department owns (touchpoints
 *                     without an owner are left out), sorted by name
 *
 * <p>The vsRest tests of touchpoints and departments compare experiences that partly come from
 * the same respondents; the two-proportion test assumes independent samples, so those marks are
 * indicative. Tests between waves, months and segment values ({@link AnalysisEngine#measures})
 * compare disjoint respondents and are exact in that respect.
 */
public record Dashboard(ClassificationScheme scheme, Filter filter, int respondents, boolean weighted,
                        double effectiveRespondents, GroupMeasure overall,
                        Map<ClassificationSource, Integer> sources, List<TouchpointMeasure> touchpoints,
                        List<GroupMeasure> departments) {
}
