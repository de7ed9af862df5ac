package org.cxlens.sample;

/** Language of a sample's labels and comments. */
public enum Language {
    ENGLISH, DUTCH;

    /** Of an English and a Dutch alternative, the one in this language. */
    public <T> T pick(T english, T dutch) {
        return this == DUTCH ? dutch : english;
    }
}
