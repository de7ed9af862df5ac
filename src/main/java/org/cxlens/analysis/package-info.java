/** Classification, aggregates, statistics, drivers and priorities over {@link org.cxlens.domain.SurveyData}. */
package org.cxlens.analysis;
