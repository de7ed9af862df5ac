package org.cxlens.importer.mapping;

/** Which comes first in a text date whose year is last: the day (European) or the month (US). */
public enum DateOrder {
    DAY_MONTH, MONTH_DAY
}
