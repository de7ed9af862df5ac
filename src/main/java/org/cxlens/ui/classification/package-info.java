/**
 * The classification editor, also the workshop "what if": sliders for the scheme's thresholds and
 * the expectation rule, the cut points they give on every scale in use, and the shares and class
 * moves they give, updated while a slider moves; Apply stores the scheme in the project.
 */
package org.cxlens.ui.classification;
