/** Headless commands (picocli): import, suggest, info, sample, summary, drivers, priorities, bench. */
package org.cxlens.cli;
