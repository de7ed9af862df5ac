/** Synthetic survey data (samples, demo project, benchmark reference data) in the layouts of FORMATS.md. */
package org.cxlens.sample;
