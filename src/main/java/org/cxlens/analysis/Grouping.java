package org.cxlens.analysis;

/** A respondent-level split for trend, department and segment charts. */
public sealed interface Grouping {

    /** By the respondent's wave. */
    record ByWave() implements Grouping {
    }

    /** By calendar month of the respondent's date. */
    record ByMonth() implements Grouping {
    }

    /** By the respondent's own department column. */
    record ByRespondentDepartment() implements Grouping {
    }

    /** By the values of one segment attribute. */
    record BySegment(String name) implements Grouping {
    }

    static Grouping wave() {
        return new ByWave();
    }

    static Grouping month() {
        return new ByMonth();
    }

    static Grouping respondentDepartment() {
        return new ByRespondentDepartment();
    }

    static Grouping segment(String name) {
        return new BySegment(name);
    }
}
