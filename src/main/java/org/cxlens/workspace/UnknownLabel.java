package org.cxlens.workspace;

import org.cxlens.domain.Scale;

/**
 * An answer text the label table does not know, so the import would leave its score or
 * expectation empty: the user maps it to a number on the scale or an expectation.
 *
 * @param scale       the scale of the score column, or null for an expectation label
 * @param expectation true for an answer of an expectation column
 * @param count       how many answers hold it
 */
public record UnknownLabel(String column, String label, Scale scale, boolean expectation, long count) {
}
