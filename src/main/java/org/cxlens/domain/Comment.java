package org.cxlens.domain;

/** A verbatim answer to an open question. */
public record Comment(String question, String text) {
}
