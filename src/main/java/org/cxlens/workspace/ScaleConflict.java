package org.cxlens.workspace;

import org.cxlens.domain.Scale;

/**
 * A touchpoint the file rates on another scale than the project (or another column of the same
 * file) does: the import would be refused, so the check says so first.
 *
 * @param touchpoint   the touchpoint name as the file's mapping gives it
 * @param projectName  the project's touchpoint it stands for (another name when it is an earlier
 *                     name), or null when the other scale is in the file itself
 * @param fileScale    the scale of this file's column
 * @param otherScale   the scale the touchpoint already has
 */
public record ScaleConflict(String touchpoint, String projectName, Scale fileScale, Scale otherScale) {
}
