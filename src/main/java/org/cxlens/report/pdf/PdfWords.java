package org.cxlens.report.pdf;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.report.PageTexts;
import org.cxlens.report.SegmentTexts;

/** The words and number formats a PDF needs beyond those in the report book, in the book's language. */
final class PdfWords {

    private final PageTexts texts;
    private final SegmentTexts segments;
    private final Locale locale;

    PdfWords(Locale locale) {
        ResourceBundle bundle = PageTexts.bundle(locale);
        this.texts = new PageTexts(bundle);
        this.segments = new SegmentTexts(bundle);
        this.locale = locale;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String render(Message message) {
        return message.render(locale);
    }

    String className(ExperienceClass c) {
        return segments.className(c);
    }

    /** "27 %". */
    String roundPercent(double share) {
        return segments.roundPercent(share);
    }

    /** "26.8 %". */
    String percent(double share) {
        return segments.percent(share);
    }

    Locale locale() {
        return locale;
    }

    String count(long n) {
        return segments.count(n);
    }
}
