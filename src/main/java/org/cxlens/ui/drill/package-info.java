/** The drill-down dialog: the respondents behind a clicked mark, read from the project a page at a time. */
package org.cxlens.ui.drill;
