package org.cxlens.importer.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.importer.DialectNames;
import org.cxlens.importer.HeaderLayout;

/**
 * A mapping saved as JSON for the next wave: pretty-printed, fields in a fixed order, scales
 * written as "1-5", and only the labels that differ from the built-in table, so that a
 * consultant can read and edit it by hand.
 */
public final class MappingProfile {

    /** The profile format this version writes and the newest it reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    @JsonPropertyOrder({"version", "shape", "layout", "encoding", "delimiter", "decimalSeparator", "warnings",
            "missingCodes", "columns", "touchpoints", "labels"})
    record ProfileJson(int version, Shape shape, HeaderLayout layout, String encoding, String delimiter,
                       String decimalSeparator, List<String> warnings,
                       @JsonInclude(JsonInclude.Include.ALWAYS) List<String> missingCodes, List<ColumnJson> columns,
                       List<TouchpointJson> touchpoints, LabelsJson labels) {
    }

    @JsonPropertyOrder({"name", "department", "momentType"})
    record TouchpointJson(String name, String department, MomentType momentType) {
    }

    /** {@code evidence} and {@code warnings} are written by {@code suggest} for the reader and ignored when read. */
    @JsonPropertyOrder({"column", "role", "touchpoint", "department", "scale", "momentType", "journeyOrder",
            "dateOrder", "missingCodes", "labels", "evidence", "warnings"})
    record ColumnJson(String column, ColumnRole role, String touchpoint, String department, String scale,
                      MomentType momentType, Integer journeyOrder, DateOrder dateOrder, List<String> missingCodes,
                      List<String> labels, List<String> evidence, List<String> warnings) {
    }

    @JsonPropertyOrder({"scores", "expectations"})
    record LabelsJson(List<ScoreLabelJson> scores, List<ExpectationLabelJson> expectations) {
    }

    @JsonPropertyOrder({"scale", "label", "value"})
    record ScoreLabelJson(String scale, String label, double value) {
    }

    @JsonPropertyOrder({"label", "expectation"})
    record ExpectationLabelJson(String label, Expectation expectation) {
    }

    private MappingProfile() {
    }

    public static String toJson(Mapping mapping) {
        return toJson(mapping, null);
    }

    /** The suggested mapping with each column's evidence and warnings, and the file's warnings (in English). */
    public static String toJson(Suggestion suggestion) {
        return toJson(suggestion.mapping(), suggestion);
    }

    private static String toJson(Mapping mapping, Suggestion suggestion) {
        List<ColumnJson> columns = new ArrayList<>();
        for (ColumnMapping c : mapping.columns()) {
            ColumnNote note = suggestion == null ? null : suggestion.note(c.column());
            columns.add(new ColumnJson(c.column(), c.role(), c.touchpoint(), c.department(),
                    c.scale() == null ? null : scaleText(c.scale()), c.momentType(),
                    c.journeyOrder() == 0 ? null : c.journeyOrder(), c.dateOrder(), c.missingCodes(), c.labels(),
                    note == null ? null : english(note.evidence()), note == null ? null : english(note.warnings())));
        }
        List<ScoreLabelJson> scores = new ArrayList<>();
        for (LabelTable.ScoreLabel l : mapping.labels().scoreOverrides()) {
            scores.add(new ScoreLabelJson(scaleText(l.scale()), l.label(), l.value()));
        }
        List<ExpectationLabelJson> expectations = new ArrayList<>();
        for (LabelTable.ExpectationLabel l : mapping.labels().expectationOverrides()) {
            expectations.add(new ExpectationLabelJson(l.label(), l.expectation()));
        }
        List<TouchpointJson> touchpoints = new ArrayList<>();
        for (TouchpointSetting t : mapping.touchpoints()) {
            touchpoints.add(new TouchpointJson(t.name(), t.department(), t.momentType()));
        }
        ProfileJson p = new ProfileJson(VERSION, mapping.shape(), mapping.layout(),
                mapping.encoding() == null ? null : DialectNames.encodingName(mapping.encoding()),
                mapping.delimiter() == null ? null : DialectNames.delimiterName(mapping.delimiter()),
                mapping.decimalSeparator() == null ? null : mapping.decimalSeparator().toString(),
                suggestion == null ? null : english(suggestion.fileWarnings()), mapping.missingCodes(), columns,
                touchpoints,
                scores.isEmpty() && expectations.isEmpty() ? null : new LabelsJson(scores, expectations));
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping always serialises", e);
        }
    }

    private static List<String> english(List<org.cxlens.domain.Message> messages) {
        return messages.stream().map(m -> m.render(java.util.Locale.ENGLISH)).toList();
    }

    /** Reads a profile; the source (a file name) only serves the error message. */
    public static Mapping fromJson(String json, String source) throws CxLensException {
        ProfileJson p;
        try {
            p = JSON.readValue(json, ProfileJson.class);
        } catch (JsonProcessingException e) {
            throw new CxLensException(Message.of("importer.profile.invalid", source, e.getOriginalMessage()), e);
        }
        if (p.version() > VERSION) {
            throw new CxLensException(Message.of("importer.profile.newer", source, p.version(), VERSION));
        }
        if (p.shape() == null || p.columns() == null) {
            throw new CxLensException(Message.of("importer.profile.incomplete", source));
        }
        List<ColumnMapping> columns = new ArrayList<>();
        for (ColumnJson c : p.columns()) {
            if (c.column() == null || c.role() == null) {
                throw new CxLensException(Message.of("importer.profile.incomplete", source));
            }
            columns.add(new ColumnMapping(c.column(), c.role(), c.touchpoint(), c.department(),
                    c.scale() == null ? null : parseScale(c.scale(), source, c.column()), c.momentType(),
                    c.journeyOrder() == null ? 0 : c.journeyOrder(), c.dateOrder(), c.missingCodes(), c.labels()));
        }
        LabelTable labels = LabelTable.defaults();
        if (p.labels() != null) {
            for (ScoreLabelJson l : nonNull(p.labels().scores())) {
                labels = labels.withScoreLabel(parseScale(l.scale(), source, l.label()), l.label(), l.value());
            }
            for (ExpectationLabelJson l : nonNull(p.labels().expectations())) {
                if (l.label() == null || l.expectation() == null) {
                    throw new CxLensException(Message.of("importer.profile.incomplete", source));
                }
                labels = labels.withExpectationLabel(l.label(), l.expectation());
            }
        }
        List<TouchpointSetting> touchpoints = new ArrayList<>();
        for (TouchpointJson t : nonNull(p.touchpoints())) {
            if (t.name() == null || t.name().isBlank()) {
                throw new CxLensException(Message.of("importer.profile.incomplete", source));
            }
            touchpoints.add(new TouchpointSetting(t.name(), t.department(), t.momentType()));
        }
        Character decimal = null;
        if (p.decimalSeparator() != null) {
            decimal = DialectNames.decimalSeparator(p.decimalSeparator());
            if (decimal == null) {
                throw new CxLensException(Message.of("importer.profile.badDecimal", source, p.decimalSeparator()));
            }
        }
        Charset encoding = null;
        if (p.encoding() != null) {
            encoding = DialectNames.encoding(p.encoding());
            if (encoding == null) {
                throw new CxLensException(Message.of("importer.profile.badEncoding", source, p.encoding()));
            }
        }
        Character delimiter = null;
        if (p.delimiter() != null) {
            delimiter = DialectNames.delimiter(p.delimiter());
            if (delimiter == null) {
                throw new CxLensException(Message.of("importer.profile.badDelimiter", source, p.delimiter()));
            }
        }
        return new Mapping(p.shape(), p.layout(), decimal, columns, labels,
                p.missingCodes() == null ? LabelTable.DEFAULT_MISSING_CODES : p.missingCodes(), touchpoints,
                encoding, delimiter);
    }

    public static void write(Mapping mapping, Path file) throws CxLensException {
        try {
            Files.writeString(file, toJson(mapping), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CxLensException(Message.of("importer.profile.writeFailed", file.toString(), e.getMessage()), e);
        }
    }

    public static Mapping read(Path file) throws CxLensException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CxLensException(Message.of("importer.profile.readFailed", file.toString(), e.getMessage()), e);
        }
        return fromJson(json, file.getFileName().toString());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String scaleText(Scale s) {
        return s.label().replace('–', '-');
    }

    /** "1-5", "0–10", "0 - 10", worst answer first: "5-1" when 1 is the best answer. */
    static Scale parseScale(String text, String source, String where) throws CxLensException {
        String t = text == null ? "" : text.replace('–', '-').replace(" ", "");
        int dash = t.indexOf('-', 1);
        try {
            if (dash > 0) {
                return Scale.of(Double.parseDouble(t.substring(0, dash)), Double.parseDouble(t.substring(dash + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: not two numbers, or both ends the same
        }
        throw new CxLensException(Message.of("importer.profile.badScale", source, where, text));
    }
}
