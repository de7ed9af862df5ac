package org.cxlens.domain;

import java.time.Instant;

/**
 * One line of a project's change log: what changed, from what to what. The values are kept
 * language-neutral (names, numbers as shares 0–1, enum names) and put into words only when shown,
 * so the log reads the same in every language.
 *
 * @param subject the touchpoint, file or threshold the change is about; null when the kind says it all
 * @param before  the value before, null when there was none (an import, a default)
 * @param after   the value after, null when there is none
 */
public record ChangeEntry(long id, Instant time, ChangeKind kind, String subject, String before, String after) {

    /** Subjects of {@link ChangeKind#SCHEME} entries: the thresholds of a classification scheme. */
    public static final String DELIGHTED_FROM = "delighted";
    public static final String SATISFIED_FROM = "satisfied";
    public static final String RECOVERY_BELOW = "recovery";

    /** What changed, as a phrase: "Owning department of Delivery". */
    public Message what() {
        return switch (kind) {
            case SCHEME -> Message.of("change.SCHEME." + subject);
            default -> Message.of("change." + kind, subject == null ? "" : subject);
        };
    }

    public Message beforeText() {
        return value(before);
    }

    public Message afterText() {
        return value(after);
    }

    private Message value(String value) {
        if (value == null) {
            return Message.of(switch (kind) {
                case TOUCHPOINT_TARGET -> "change.value.defaultTarget";
                case TOUCHPOINT_DEPARTMENT -> "change.value.noDepartment";
                default -> "change.value.none";
            });
        }
        return switch (kind) {
            case IMPORT -> Message.of("change.value.respondents", Long.parseLong(value));
            case TOUCHPOINT_MOMENT_TYPE -> Message.of("moment." + value);
            case TOUCHPOINT_TARGET, SCHEME -> Message.of("change.value.share", Double.parseDouble(value) * 100);
            case TOUCHPOINT_ORDER, LOW_BASE_MINIMUM -> Message.of("change.value.number", Long.parseLong(value));
            default -> Message.of("change.value.text", value);
        };
    }
}
