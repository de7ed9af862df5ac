package org.cxlens.workspace;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;

/**
 * A filter in words for a deliverable's cover ("Wave: 2025-Q2; Department: Logistics"), every
 * kept value listed in the order the filter panel offers them, with the panel's own words.
 */
public final class FilterWords {

    private final ResourceBundle bundle;

    public FilterWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The filter's parts joined with "; ", or the sentence saying there is none. */
    public String describe(Filter f, FilterChoices offered) {
        List<String> parts = new ArrayList<>();
        if (!f.waves().isEmpty()) {
            parts.add(part(bundle.getString("filter.wave"), kept(offered.waves(), f.waves())));
        }
        if (f.from() != null || f.to() != null) {
            parts.add(part(bundle.getString("filter.date"), dates(f.from(), f.to())));
        }
        if (!f.departments().isEmpty()) {
            parts.add(part(bundle.getString("dimension.respondentDepartment"), String.join(", ", f.departments())));
        }
        if (!f.touchpointDepartments().isEmpty()) {
            parts.add(part(bundle.getString("filter.department"), kept(offered.departments(), f.touchpointDepartments())));
        }
        for (Map.Entry<String, List<String>> segment : offered.segments().entrySet()) {
            Set<String> kept = f.segments().get(segment.getKey());
            if (kept != null && !kept.isEmpty()) {
                parts.add(part(segment.getKey(), kept(segment.getValue(), kept)));
            }
        }
        if (!f.classes().isEmpty()) {
            parts.add(part(bundle.getString("filter.class"), String.join(", ", List.of(ExperienceClass.values()).stream()
                    .filter(f.classes()::contains)
                    .map(c -> bundle.getString("class." + c.name().toLowerCase(Locale.ROOT))).toList())));
        }
        return parts.isEmpty() ? bundle.getString("report.cover.noFilter") : String.join("; ", parts);
    }

    /** "3 Jan 2025 – 28 Jun 2025", "from 3 Jan 2025", "until 28 Jun 2025". */
    public String dates(LocalDate from, LocalDate to) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(bundle.getString("filter.date.pattern"), locale());
        if (from != null && to != null) {
            return format("filter.date.between", day.format(from), day.format(to));
        }
        return from != null ? format("filter.date.from", day.format(from)) : format("filter.date.to", day.format(to));
    }

    private Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    private static String kept(List<String> offered, Set<String> kept) {
        List<String> values = offered.stream().filter(kept::contains).toList();
        return String.join(", ", values.isEmpty() ? List.copyOf(kept) : values);
    }

    private String part(String label, String values) {
        return format("filter.chip", label, values);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
