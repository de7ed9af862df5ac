/** PDF / PPTX / XLSX / CSV / PNG output from analysis results. */
package org.cxlens.report;
