package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.importer.SourceColumn;

/** What one column looks like, and what it is suggested to be, while a suggestion is made. */
final class ColumnCandidate {

    /** A segment has at most this many values. */
    static final int SEGMENT_MAX_DISTINCT = 20;
    /** SurveyMonkey's second header row names the answer kind, not a sub-item. */
    private static final Set<String> NOT_ITEMS = Set.of("response", "open-ended response", "antwoord",
            "other (please specify)", "anders, namelijk", "text entry");


    final SourceColumn column;
    final HeaderText name;
    final HeaderText question;
    final ColumnValues values;
    /** Answers other than the global "no answer" codes, most frequent first. */
    final List<ColumnValues.Count> answered;
    final long answeredCount;
    /** The preview's cells, row by row: for checks that pair two columns' values. */
    final List<String> sample;
    final List<Message> evidence = new ArrayList<>();
    final List<Message> warnings = new ArrayList<>();
    ColumnRole role;
    String touchpoint;
    ScaleSuggestion scale;
    List<String> columnCodes = List.of();
    boolean overall;
    int datePriority;
    DateOrder dateOrder;

    ColumnCandidate(SourceColumn column, ColumnValues values, List<String> sample, Set<String> missing) {
        this.column = column;
        this.name = HeaderText.of(column.name());
        this.question = HeaderText.of(column.questionText() == null ? column.name() : column.questionText());
        this.values = values;
        this.sample = sample;
        List<ColumnValues.Count> a = new ArrayList<>();
        long n = values.rest();
        for (ColumnValues.Count c : values.counts()) {
            if (!missing.contains(LabelTable.normalize(c.value()))) {
                a.add(c);
                n += c.count();
            }
        }
        this.answered = a;
        this.answeredCount = n;
    }

    boolean hasWord(String... words) {
        return name.hasWord(words) || question.hasWord(words);
    }

    boolean shortHeaderHasWord(String... words) {
        return isShort(name) && name.hasWord(words) || isShort(question) && question.hasWord(words);
    }

    boolean contains(String... stems) {
        return name.contains(stems) || question.contains(stems);
    }

    boolean compactIn(Set<String> names) {
        return names.contains(name.compact()) || names.contains(question.compact());
    }

    /** The sub-item a matrix header names: from the question text when it has one, else the name. */
    String item() {
        String item = question.item() != null ? question.item() : name.item();
        return item == null || NOT_ITEMS.contains(item.toLowerCase(Locale.ROOT)) ? null : item;
    }

    /** The question as a person reads it: the text, else the name. */
    String label() {
        return question.raw().isEmpty() ? name.raw() : question.raw();
    }

    long numeric() {
        long n = values.restNumeric();
        DecimalParser p = new DecimalParser('.');
        for (ColumnValues.Count c : answered) {
            if (!Double.isNaN(p.parse(c.value().replace(',', '.')))) {
                n += c.count();
            }
        }
        return n;
    }

    void because(String key, Object... args) {
        evidence.add(Message.of(key, args));
    }

    void warn(String key, Object... args) {
        warnings.add(Message.of(key, args));
    }

    /** At most three words: a name, not a question. */
    static boolean isShort(HeaderText h) {
        return h.words().split(" ").length <= 3;
    }

    static boolean scored(ColumnRole role) {
        return role == ColumnRole.TOUCHPOINT_SCORE || role == ColumnRole.OVERALL_SATISFACTION
                || role == ColumnRole.RECOMMEND || role == ColumnRole.OVERALL_EXPECTATION
                || role == ColumnRole.TOUCHPOINT_EXPECTATION;
    }

    /** A handful of repeated values is kept for breakdowns; anything more varied, or nothing, is offered nowhere. */
    ColumnRole segmentOrIgnore() {
        if (answeredCount == 0) {
            return ColumnRole.IGNORE;
        }
        int distinct = values.distinct();
        boolean few = distinct <= SEGMENT_MAX_DISTINCT && (answeredCount < 10 || distinct * 2 <= answeredCount);
        return few ? ColumnRole.SEGMENT : ColumnRole.IGNORE;
    }
}
