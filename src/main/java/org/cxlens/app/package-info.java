/** Composition root of the desktop app: wiring, executors, settings ({@code org.cxlens.Launcher} starts it). */
package org.cxlens.app;
