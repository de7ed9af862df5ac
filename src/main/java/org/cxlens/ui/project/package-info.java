/**
 * The Project page: the imports and their problems, the touchpoint catalogue editor and the
 * change log. Edits go through the workspace; the window then recomputes every page.
 */
package org.cxlens.ui.project;
