package org.cxlens.importer.mapping;

import java.util.List;
import java.util.Objects;
import org.cxlens.domain.Scale;

/**
 * One ordered set of answer labels as survey tools offer it, such as "Strongly disagree" …
 * "Strongly agree". Spelling variants (another middle label, another language) are families of
 * their own, so that a family's labels are exactly the labels a column holds.
 *
 * @param id       stable name such as {@code agreement-5} or {@code agreement-nl-5}
 * @param kind     what the labels measure
 * @param language the language code, such as "en", "nl", "fr", "de", "es" or "ko"
 * @param labels   the labels, lowest first
 * @param scale    what the labels are read on: n labels are 1..n, a binary outcome is 0–1
 */
public record LabelFamily(String id, Kind kind, String language, List<String> labels, Scale scale) {

    /** What a family's labels measure. */
    public enum Kind {
        AGREEMENT, FREQUENCY, SATISFACTION, QUALITY, LIKELIHOOD, EXPECTATION,
        /** Two answers read as 0 (not achieved) and 1 (achieved), such as No / Yes. */
        OUTCOME
    }

    public LabelFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        labels = List.copyOf(labels);
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a label family needs two labels or more: " + id);
        }
        Objects.requireNonNull(scale, "scale");
    }

    /** A family read 1..n, or 0–1 for an outcome. */
    static LabelFamily of(String id, Kind kind, String language, String... labels) {
        Scale scale = kind == Kind.OUTCOME ? Scale.of(0, 1) : Scale.of(1, labels.length);
        return new LabelFamily(id, kind, language, List.of(labels), scale);
    }

    public int size() {
        return labels.size();
    }

    /** The number the label at this position (0 = lowest) stands for. */
    public double value(int position) {
        return valueOf(scale, position, labels.size());
    }

    /** Label {@code position} of {@code count} labels spread evenly over the scale, the lowest (worst) at its worst end. */
    public static double valueOf(Scale scale, int position, int count) {
        return scale.score((double) position / (count - 1));
    }
}
