package org.cxlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user-visible text exists in English and Dutch: the messages and output
 * ({@code messages*.properties}) and the command line's help texts ({@code cli/help*.properties}).
 */
class LocalizationConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/org/cxlens/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli/help"})
    void englishAndDutchHaveTheSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties nl = load(bundle + "_nl.properties");
        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli/help"})
    void noTranslationIsEmpty(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_nl.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + ": " + key).isNotBlank();
            }
        }
    }
}
