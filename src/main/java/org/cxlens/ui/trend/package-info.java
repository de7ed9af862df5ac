/** The trend page: one measure by wave or by month, for all respondents or one touchpoint, with intervals and change marks. */
package org.cxlens.ui.trend;
