package org.cxlens.domain;

/** Answer to an expectation item: worse than, as, or better than expected. */
public enum Expectation {
    WORSE('-'), AS_EXPECTED('='), BETTER('+');

    private final char code;

    Expectation(char code) {
        this.code = code;
    }

    /** One-character code used in the project file's packed columns. */
    public char code() {
        return code;
    }

    /** The expectation for a code, or null for any other character (missing). */
    public static Expectation fromCode(char c) {
        for (Expectation e : values()) {
            if (e.code == c) {
                return e;
            }
        }
        return null;
    }
}
