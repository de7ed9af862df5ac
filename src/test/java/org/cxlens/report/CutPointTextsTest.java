package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

class CutPointTextsTest {

    private final CutPointTexts english = new CutPointTexts(ResourceBundle.getBundle("org.cxlens.messages", Locale.ENGLISH));

    @Test
    void theDefaultCutsOnAScaleWhoseBestAnswerIsOne() {
        // 5–1: satisfied from p 0.65 = 2.4, delighted from p 0.85 = 1.6, recovery below p 0.35 = 3.6 (DESIGN §3
        // on 1–5 mirrored): delighted 1, satisfied 2, indifferent 3, 4 and 5, recovery 4 and 5; each range is
        // written worst first, the way the scale is.
        assertThat(english.line(ClassificationScheme.DEFAULT, Scale.of(5, 1)))
                .isEqualTo("5–1: delighted 1, satisfied 2, indifferent 5–3; recovery needed 5–4");
        assertThat(english.line(ClassificationScheme.DEFAULT, Scale.of(1, 5)))
                .isEqualTo("1–5: delighted 5, satisfied 4, indifferent 1–3; recovery needed 1–2");
    }

    @Test
    void theDefaultCutsOnLongScalesInBothDirections() {
        assertThat(english.line(ClassificationScheme.DEFAULT, Scale.of(0, 10)))
                .isEqualTo("0–10: delighted 9–10, satisfied 7–8, indifferent 0–6; recovery needed 0–3");
        // 10–0: satisfied from 3.5, delighted from 1.5, recovery below 6.5.
        assertThat(english.line(ClassificationScheme.DEFAULT, Scale.of(10, 0)))
                .isEqualTo("10–0: delighted 1–0, satisfied 3–2, indifferent 10–4; recovery needed 10–7");
        // German school grades 6–1: satisfied from 6 − 0.65 × 5 = 2.75, delighted from 1.75, recovery below 4.25.
        assertThat(english.line(ClassificationScheme.DEFAULT, Scale.of(6, 1)))
                .isEqualTo("6–1: delighted 1, satisfied 2, indifferent 6–3; recovery needed 6–5");
    }

    @Test
    void aClassNoWholeScoreReachesSaysNone() {
        ClassificationScheme noRecovery = new ClassificationScheme(0.85, 0.65, 0, true);

        assertThat(english.ranges(noRecovery, Scale.of(5, 1))).containsExactly("1", "2", "5–3", "none");
        assertThat(english.ranges(noRecovery, Scale.of(1, 5))).containsExactly("5", "4", "1–3", "none");
    }
}
