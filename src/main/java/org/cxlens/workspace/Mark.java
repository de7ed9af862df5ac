package org.cxlens.workspace;

import org.cxlens.analysis.Grouping;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;

/**
 * What was clicked: a touchpoint bar (segment), an owning department's bar (segment), a
 * respondent-class segment, a group (wave, month, respondent department, segment value), a
 * heatmap cell combining them, or one respondent (a comment). Together with the active filter it
 * names the respondents of a drill-down.
 *
 * @param touchpoint      the touchpoint whose experiences were clicked, or null
 * @param experienceClass the class clicked: of the touchpoint (or department) experience, or of the
 *                        respondent when both are null; null for the whole bar
 * @param grouping        the split of the clicked group, or null
 * @param groupValue      the clicked group's label as the engine gives it (a wave, "2025-07", a value)
 * @param department      the owning department whose touchpoints' experiences were clicked, or null
 * @param respondent      the one respondent clicked, or null
 */
public record Mark(Touchpoint touchpoint, ExperienceClass experienceClass, Grouping grouping, String groupValue,
                   String department, Respondent respondent) {

    /** No mark: every respondent passing the filter. */
    public static final Mark NONE = new Mark(null, null, null, null, null, null);

    /**
     * One respondent.
     *
     * @param position the respondent's index in the project's loaded data
     * @param label    how the sentence names the respondent: the survey file's id, or empty
     */
    public record Respondent(int position, String label) {
    }

    public Mark {
        if ((grouping == null) != (groupValue == null)) {
            throw new IllegalArgumentException("a group mark needs both its grouping and its value");
        }
        if (touchpoint != null && department != null) {
            throw new IllegalArgumentException("a mark is a touchpoint's or a department's, not both");
        }
    }

    /** A touchpoint bar segment, or the whole bar (its base) when c is null. */
    public static Mark experience(Touchpoint touchpoint, ExperienceClass c) {
        return new Mark(touchpoint, c, null, null, null, null);
    }

    /**
     * A segment of an owning department's bar, or the whole bar when c is null. The bar pools
     * the experiences of every touchpoint the department owns, so one respondent can count
     * several times in it; the drill-down lists each respondent once and says how many
     * experiences they had.
     */
    public static Mark department(String department, ExperienceClass c) {
        return new Mark(null, c, null, null, department, null);
    }

    /** A segment of a respondent-level bar (the overview's class shares). */
    public static Mark respondents(ExperienceClass c) {
        return new Mark(null, c, null, null, null, null);
    }

    /**
     * A group's bar: every respondent of one wave, month, respondent department or segment value,
     * classified or not (the dashboard's respondent count, not the group's classified base).
     */
    public static Mark group(Grouping grouping, String value) {
        return new Mark(null, null, grouping, value, null, null);
    }

    /** One respondent, whose every answer the drill-down shows (a comment's writer). */
    public static Mark respondent(int position, String label) {
        return new Mark(null, null, null, null, null, new Respondent(position, label == null ? "" : label));
    }

    /** This mark within one group: a trend bar segment or a heatmap cell. */
    public Mark inGroup(Grouping by, String value) {
        return new Mark(touchpoint, experienceClass, by, value, department, respondent);
    }
}
