package org.cxlens.ui.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void everyOccurrenceOfEveryWordIsMarkedInItsOwnCase() {
        assertThat(Highlights.of("Late delivery, LATE invoice", List.of("late", "invoice"))).containsExactly(
                new Highlights.Part("Late", true), new Highlights.Part(" delivery, ", false),
                new Highlights.Part("LATE", true), new Highlights.Part(" ", false), new Highlights.Part("invoice", true));
    }

    @Test
    void overlappingWordsMarkTheirUnion() {
        assertThat(Highlights.of("Élan énorme", List.of("lan", "an é"))).containsExactly(
                new Highlights.Part("É", false), new Highlights.Part("lan é", true), new Highlights.Part("norme", false));
    }

    @Test
    void withoutWordsOrWhenLowerCaseChangesTheLengthTheTextStaysWhole() {
        assertThat(Highlights.of("Fine", List.of())).containsExactly(new Highlights.Part("Fine", false));
        assertThat(Highlights.of("İstanbul office", List.of("office")))
                .containsExactly(new Highlights.Part("İstanbul office", false));
    }
}
