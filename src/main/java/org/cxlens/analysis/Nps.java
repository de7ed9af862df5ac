package org.cxlens.analysis;

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the respondents whose
 * recommend item is on a 0–10 scale, with its 95 % interval.
 *
 * @param score         −100…100, NaN when the base is empty
 * @param promoters     share of promoters (0–1)
 * @param detractors    share of detractors (0–1)
 */
public record Nps(int base, double effectiveBase, double score, double low, double high,
                  double promoters, double detractors, boolean lowBase) {
}
