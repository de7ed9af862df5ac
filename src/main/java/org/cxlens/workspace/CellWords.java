package org.cxlens.workspace;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;

/**
 * The words a drill-down cell shows for a class and for the source of a respondent's class, in one
 * language, rendered once per language: rendered per cell, an export of 300,000 respondents spent
 * most of its time parsing the same few message formats again.
 */
record CellWords(Map<ExperienceClass, String> classes, Map<ClassificationSource, String> sources) {

    private static final Map<Locale, CellWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    static CellWords in(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale, CellWords::render);
    }

    private static CellWords render(Locale locale) {
        Map<ExperienceClass, String> classes = new EnumMap<>(ExperienceClass.class);
        for (ExperienceClass c : ExperienceClass.values()) {
            classes.put(c, DrillSentence.classWord(c).render(locale));
        }
        Map<ClassificationSource, String> sources = new EnumMap<>(ClassificationSource.class);
        for (ClassificationSource s : ClassificationSource.values()) {
            sources.put(s, Message.of("source." + s.name()).render(locale));
        }
        return new CellWords(Map.copyOf(classes), Map.copyOf(sources));
    }
}
