/** The one filter of the window: its side panel, its chips above the page, and their view model. */
package org.cxlens.ui.filter;
