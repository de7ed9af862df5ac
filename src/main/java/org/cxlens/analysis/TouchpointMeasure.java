package org.cxlens.analysis;

import org.cxlens.domain.Touchpoint;

/** A touchpoint with its measure, listed in journey order. */
public record TouchpointMeasure(Touchpoint touchpoint, GroupMeasure measure) {
}
