package org.cxlens.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Turns {@code --filter KEY=VALUE} arguments into an analysis {@link Filter}, checked against
 * what the project holds so a typing error is reported instead of silently selecting nobody, and
 * a filter back into such arguments (how a report file keeps its filter).
 * Keys: {@code wave}, {@code from}, {@code to}, {@code department} (touchpoint owner),
 * {@code segment:NAME}, {@code class}. Values may be comma-separated; a repeated key adds values.
 * A backslash takes the next character literally, so a value may hold a comma ({@code \,}) and a
 * segment name an equals sign.
 */
public final class FilterArguments {

    private static final String SEGMENT_PREFIX = "segment:";
    private static final int VALUES_LISTED = 20;

    private FilterArguments() {
    }

    public static Filter parse(List<String> arguments, SurveyData data) throws CxLensException {
        Set<String> waves = new LinkedHashSet<>();
        Set<String> departments = new LinkedHashSet<>();
        Map<String, Set<String>> segments = new LinkedHashMap<>();
        Set<ExperienceClass> classes = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (String argument : arguments) {
            int eq = unescapedEquals(argument);
            if (eq < 0) {
                throw new CxLensException(Message.of("cli.filter.syntax", argument));
            }
            String key = unescape(argument.substring(0, eq)).trim();
            if (key.isEmpty()) {
                throw new CxLensException(Message.of("cli.filter.syntax", argument));
            }
            List<String> values = values(argument.substring(eq + 1));
            if (values.isEmpty()) {
                throw new CxLensException(Message.of("cli.filter.syntax", argument));
            }
            switch (key.toLowerCase(Locale.ROOT)) {
                case "wave" -> {
                    for (String v : values) {
                        waves.add(known(v, data.wave().values(), "cli.filter.unknownWave"));
                    }
                }
                case "from" -> from = date(key, values);
                case "to" -> to = date(key, values);
                case "department" -> {
                    Set<String> owners = new TreeSet<>();
                    data.touchpoints().stream().map(Touchpoint::department).filter(d -> d != null).forEach(owners::add);
                    for (String v : values) {
                        departments.add(known(v, owners, "cli.filter.unknownDepartment"));
                    }
                }
                case "class" -> {
                    for (String v : values) {
                        classes.add(experienceClass(v));
                    }
                }
                default -> {
                    if (!key.toLowerCase(Locale.ROOT).startsWith(SEGMENT_PREFIX)) {
                        throw new CxLensException(Message.of("cli.filter.unknownKey", key));
                    }
                    SurveyData.Segment segment = segment(data, key.substring(SEGMENT_PREFIX.length()));
                    Set<String> kept = segments.computeIfAbsent(segment.name(), n -> new LinkedHashSet<>());
                    for (String v : values) {
                        String value = find(v, segment.column().values());
                        if (value == null) {
                            throw new CxLensException(Message.of("cli.filter.unknownSegmentValue", segment.name(), v,
                                    listed(segment.column().values())));
                        }
                        kept.add(value);
                    }
                }
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CxLensException(Message.of("cli.filter.dateOrder", from.toString(), to.toString()));
        }
        Filter filter = Filter.NONE.withWaves(waves).withDates(from, to).withTouchpointDepartments(departments)
                .withClasses(classes);
        for (Map.Entry<String, Set<String>> e : segments.entrySet()) {
            filter = filter.withSegment(e.getKey(), e.getValue());
        }
        return filter;
    }

    /**
     * The filter as arguments {@link #parse} turns back into it: one value per argument, keys in
     * the order above, values sorted, so equal filters give equal arguments.
     *
     * @throws IllegalArgumentException for a filter on respondents' own departments, which no
     *                                  argument expresses and no front end sets
     */
    public static List<String> format(Filter filter) {
        if (!filter.departments().isEmpty()) {
            throw new IllegalArgumentException("a filter on respondent departments has no arguments");
        }
        List<String> arguments = new ArrayList<>();
        new TreeSet<>(filter.waves()).forEach(w -> arguments.add("wave=" + escape(w)));
        if (filter.from() != null) {
            arguments.add("from=" + filter.from());
        }
        if (filter.to() != null) {
            arguments.add("to=" + filter.to());
        }
        new TreeSet<>(filter.touchpointDepartments()).forEach(d -> arguments.add("department=" + escape(d)));
        new TreeMap<>(filter.segments()).forEach((name, values) -> new TreeSet<>(values)
                .forEach(v -> arguments.add(SEGMENT_PREFIX + escape(name) + "=" + escape(v))));
        filter.classes().stream().sorted()
                .forEach(c -> arguments.add("class=" + c.name().toLowerCase(Locale.ROOT)));
        return arguments;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }

    /** Where the key ends: the first equals sign no backslash escapes; -1 when there is none. */
    private static int unescapedEquals(String argument) {
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    /** The text with its escapes resolved: each backslash takes the character after it literally. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\\' && i + 1 < text.length() ? text.charAt(++i) : c);
        }
        return out.toString();
    }

    /** The text split at every unescaped comma, each part's escapes resolved. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** A segment attribute by name, ignoring case; unknown names are an error listing the known ones. */
    public static SurveyData.Segment segment(SurveyData data, String name) throws CxLensException {
        String wanted = name.trim();
        for (SurveyData.Segment s : data.segments()) {
            if (s.name().equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new CxLensException(Message.of("cli.filter.unknownSegment", wanted,
                listed(data.segments().stream().map(SurveyData.Segment::name).toList())));
    }

    private static List<String> values(String text) {
        List<String> values = new ArrayList<>();
        for (String v : split(text)) {
            if (!v.isBlank()) {
                values.add(v.trim());
            }
        }
        return values;
    }

    private static String known(String value, Collection<String> known, String messageKey) throws CxLensException {
        String found = find(value, known);
        if (found == null) {
            throw new CxLensException(Message.of(messageKey, value, listed(known)));
        }
        return found;
    }

    /** The project's spelling of a value: exact match first, else the one equal ignoring case. */
    private static String find(String value, Collection<String> known) {
        if (known.contains(value)) {
            return value;
        }
        return known.stream().filter(k -> k.equalsIgnoreCase(value)).findFirst().orElse(null);
    }

    private static LocalDate date(String key, List<String> values) throws CxLensException {
        String text = String.join(",", values);
        if (values.size() != 1) {
            throw new CxLensException(Message.of("cli.filter.badDate", key, text));
        }
        try {
            return LocalDate.parse(values.get(0));
        } catch (DateTimeParseException e) {
            throw new CxLensException(Message.of("cli.filter.badDate", key, text), e);
        }
    }

    private static ExperienceClass experienceClass(String value) throws CxLensException {
        for (ExperienceClass c : ExperienceClass.values()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw new CxLensException(Message.of("cli.filter.unknownClass", value));
    }

    /** Known values for an error message, shortened when there are many. */
    public static String listed(Collection<String> known) {
        if (known.isEmpty()) {
            return Message.of("cli.filter.noneKnown").render();
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(known));
        String shown = String.join(", ", sorted.subList(0, Math.min(VALUES_LISTED, sorted.size())));
        return sorted.size() > VALUES_LISTED ? shown + ", …" : shown;
    }
}
