package org.cxlens.analysis;

import java.util.Objects;
import org.cxlens.domain.Message;

/**
 * The overall outcome a key-driver analysis explains.
 *
 * @param attribute the respondent attribute column, for {@link Kind#ATTRIBUTE} only
 * @param value     the attribute value that counts as 1, for {@link Kind#ATTRIBUTE} only
 */
public record DriverOutcome(Kind kind, String attribute, String value) {

    public enum Kind {
        /** 1 when the respondent is delighted, else 0 (respondents without a class are left out). */
        DELIGHT,
        /** The likelihood-to-recommend score as a fraction of its scale (respondents without it are left out). */
        RECOMMEND,
        /** The overall satisfaction score as a fraction of its scale (respondents without it are left out). */
        OVERALL,
        /**
         * 1 where an attribute column holds one value, 0 where it holds any other non-empty value,
         * missing where empty: a binary outcome kept as an attribute ("satisfied" / "neutral or dissatisfied").
         */
        ATTRIBUTE
    }

    public static final DriverOutcome DELIGHT = new DriverOutcome(Kind.DELIGHT, null, null);
    public static final DriverOutcome RECOMMEND = new DriverOutcome(Kind.RECOMMEND, null, null);
    public static final DriverOutcome OVERALL = new DriverOutcome(Kind.OVERALL, null, null);

    public DriverOutcome {
        Objects.requireNonNull(kind);
        if ((kind == Kind.ATTRIBUTE) != (attribute != null && value != null)) {
            throw new IllegalArgumentException("an attribute outcome, and only that, names a column and a value");
        }
    }

    public static DriverOutcome attribute(String column, String value) {
        return new DriverOutcome(Kind.ATTRIBUTE, column, value);
    }

    /** The outcome as a noun phrase for a sentence: "being delighted overall", "“satisfied” in satisfaction". */
    public Message phrase() {
        return kind == Kind.ATTRIBUTE ? Message.of("analysis.outcome.ATTRIBUTE", attribute, value)
                : Message.of("analysis.outcome." + kind);
    }
}
