/** The overview page: headline shares, NPS, base and the class bars per touchpoint and department. */
package org.cxlens.ui.overview;
