package org.cxlens.sample;

/** An obviously fake respondent identity (e-mail at example.com) for personal-data columns. */
public record Person(String firstName, String lastName, String email) {
}
