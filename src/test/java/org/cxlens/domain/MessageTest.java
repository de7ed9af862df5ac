package org.cxlens.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageTest {

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void englishIsEnglishAndDutchIsDutchWhateverTheDefaultLocale() {
        Message m = Message.of("storage.open.missing", "p.cxlens");
        for (Locale defaultLocale : new Locale[] {Locale.forLanguageTag("nl-NL"), Locale.US, Locale.FRANCE}) {
            Locale.setDefault(defaultLocale);
            assertThat(m.render(Locale.ENGLISH)).as("default %s", defaultLocale).contains("p.cxlens").startsWith("The project");
            assertThat(m.render(Locale.forLanguageTag("nl"))).as("default %s", defaultLocale).startsWith("Het project");
            assertThat(new CxLensException(m).getMessage()).isEqualTo(m.render(Locale.ENGLISH));
        }
    }

    @Test
    void aLanguageWithoutItsOwnBundleGetsEnglish() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        assertThat(Message.of("storage.open.missing", "p.cxlens").render(Locale.GERMAN)).startsWith("The project");
    }

    @Test
    void aMessageArgumentIsRenderedInTheSameLanguage() {
        Message m = Message.of("analysis.drivers.warning.NO_OUTCOME_ITEM", Message.of("analysis.outcome.RECOMMEND"));
        assertThat(m.render(Locale.ENGLISH)).startsWith("The project has no item for the likelihood to recommend (");
        assertThat(m.render(Locale.forLanguageTag("nl"))).startsWith("Het project heeft geen vraag voor de aanbevelingsbereidheid (");
    }
}
