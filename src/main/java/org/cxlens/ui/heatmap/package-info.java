/** The heatmap page: touchpoints × a chosen dimension, each cell one share on one colour scale. */
package org.cxlens.ui.heatmap;
