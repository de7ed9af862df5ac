package org.cxlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in English and Dutch. */
class LocalizationConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/org/cxlens/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndDutchHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties nl = load("messages_nl.properties");
        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_nl.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + ": " + key).isNotBlank();
            }
        }
    }
}
