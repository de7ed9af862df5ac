/** The comments page: every verbatim of the filtered respondents, searchable, by class and touchpoint, read page by page. */
package org.cxlens.ui.comments;
