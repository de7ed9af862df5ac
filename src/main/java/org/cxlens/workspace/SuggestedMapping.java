package org.cxlens.workspace;

import org.cxlens.importer.mapping.FileProfile;
import org.cxlens.importer.mapping.Suggestion;

/**
 * The suggested mapping of a file with the values it rests on.
 *
 * @param profile every column's values and their counts over the file (or a spread sample of it)
 */
public record SuggestedMapping(Suggestion suggestion, FileProfile profile) {
}
