package org.cxlens.sample;

/** Language of a sample's labels and comments. */
public enum Language {
    ENGLISH, DUTCH
}
