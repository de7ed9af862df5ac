package org.cxlens.report;

import java.util.List;

/**
 * One part of a deliverable's method page: the classification scheme with its cut points per scale,
 * bases and weighting, the low-base rule, the significance test, the imports with their SHA-256.
 *
 * @param heading    the part's heading
 * @param paragraphs its sentences, in order
 * @param table      a table belonging to it (cut points per scale, imports), possibly empty
 */
public record MethodSection(String heading, List<String> paragraphs, ReportTable table) {

    public MethodSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
