package org.cxlens.importer.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cxlens.domain.ColumnRole;

/**
 * Scores a suggested mapping against a reviewed {@code expected.json}: over the analysed columns
 * (those the reviewer or the suggestion gives an analysed role), the share whose role and scale
 * both match. A file is right "with zero edits" when every such column matches.
 */
record DevSurveyScore(String name, int columns, int right, List<String> wrong, List<String> unwarned) {

    /** The roles whose columns feed the numbers: a wrong role or scale there changes a figure. */
    static final Set<ColumnRole> ANALYSED = EnumSet.of(ColumnRole.TOUCHPOINT_SCORE, ColumnRole.TOUCHPOINT_EXPECTATION,
            ColumnRole.OVERALL_SATISFACTION, ColumnRole.OVERALL_EXPECTATION, ColumnRole.RECOMMEND,
            ColumnRole.WEIGHT, ColumnRole.RESPONDENT_ID);

    record Expected(ColumnRole role, String scale) {
    }

    boolean perfect() {
        return right == columns;
    }

    static Map<String, Expected> readExpected(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        Map<String, Expected> out = new LinkedHashMap<>();
        for (JsonNode c : root.get("columns")) {
            out.put(normalized(c.get("column").asText()), new Expected(ColumnRole.valueOf(c.get("role").asText()),
                    c.hasNonNull("scale") ? c.get("scale").asText() : null));
        }
        return out;
    }

    static DevSurveyScore score(String name, Map<String, Expected> expected, Suggestion suggestion) {
        Mapping suggested = suggestion.mapping();
        int columns = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unwarned = new ArrayList<>();
        Map<String, ColumnMapping> byName = new LinkedHashMap<>();
        suggested.columns().forEach(c -> byName.put(normalized(c.column()), c));
        Set<String> names = new java.util.LinkedHashSet<>(expected.keySet());
        names.addAll(byName.keySet());
        for (String column : names) {
            Expected e = expected.getOrDefault(column, new Expected(ColumnRole.IGNORE, null));
            ColumnMapping s = byName.get(column);
            ColumnRole role = s == null ? ColumnRole.IGNORE : s.role();
            String scale = s == null || s.scale() == null || !ColumnCandidate.scored(role) ? null : MappingProfile.scaleText(s.scale());
            if (!ANALYSED.contains(e.role()) && !ANALYSED.contains(role)) {
                continue;
            }
            columns++;
            String expectedScale = ColumnCandidate.scored(e.role()) ? e.scale() : null;
            if (e.role() == role && java.util.Objects.equals(expectedScale, scale)) {
                right++;
            } else {
                wrong.add(column.strip() + ": expected " + e.role() + (expectedScale == null ? "" : " " + expectedScale)
                        + ", suggested " + role + (scale == null ? "" : " " + scale));
                ColumnNote note = s == null ? null : suggestion.note(s.column());
                if (note == null || note.warnings().isEmpty()) {
                    unwarned.add(column.strip());
                }
            }
        }
        return new DevSurveyScore(name, columns, right, wrong, unwarned);
    }

    /**
     * Headers compared as the tool names columns: the reviewers kept header cells byte for byte
     * (leading spaces, a trailing line break), while the reader trims them.
     */
    static String normalized(String header) {
        return header.strip().replaceAll("\\s+", " ");
    }

    /** The survey file of a dev-survey folder: its largest file other than the expected mapping. */
    static Path surveyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".json"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
    }
}
