package org.cxlens.domain;

/** How much a touchpoint matters, as set by the analyst (DESIGN §2). */
public enum MomentType {
    STANDARD, MOMENT_OF_TRUTH, EXCEL
}
