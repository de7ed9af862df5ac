package org.cxlens.ui.filter;

import org.cxlens.analysis.Filter;

/**
 * One restriction of the filter as shown above the page ("Wave: 2025-Q3").
 *
 * @param text    the restriction in words
 * @param without the filter once this restriction is removed
 */
public record FilterChip(String text, Filter without) {
}
