/** The PDF renderings of a report book: the report and the department scorecards, drawn with PDFBox as vector graphics and real text. */
package org.cxlens.report.pdf;
