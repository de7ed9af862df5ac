package org.cxlens.domain;

/**
 * A touchpoint as an import declares it. The project keeps one touchpoint per name; a later
 * import with the same name reuses it.
 *
 * @param department owning department, or null when the mapping does not say
 */
public record TouchpointSpec(String name, String department, MomentType momentType, int journeyOrder, Scale scale) {
}
