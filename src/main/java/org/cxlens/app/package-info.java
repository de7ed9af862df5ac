/** Composition root: main, wiring, executors, settings. */
package org.cxlens.app;
