package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static String string(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.string(out, s);
        return out.toString();
    }

    @Test
    void escapesWhatJsonRequiresAndKeepsOtherCharacters() {
        assertThat(string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(string("line\nnext\ttab\r")).isEqualTo("\"line\\nnext\\ttab\\r\"");
        assertThat(string("bell\u0007")).isEqualTo("\"bell\\u0007\"");
        assertThat(string("café 😀")).isEqualTo("\"café 😀\"");
        assertThat(string(null)).isEqualTo("null");
    }

    @Test
    void escapesALoneSurrogateSoTheTextStaysValid() {
        assertThat(string("x\uD800y")).isEqualTo("\"x\\ud800y\"");
    }

    @Test
    void writesIntegersWithoutAFractionAndNaNAsNull() {
        StringBuilder out = new StringBuilder();
        JsonText.number(out, 4);
        out.append(',');
        JsonText.number(out, 7.25);
        out.append(',');
        JsonText.number(out, Double.NaN);
        assertThat(out).hasToString("4,7.25,null");
    }

    @Test
    void aJsonParserReadsBackWhatWasWritten() throws Exception {
        String nasty = "\"quoted\" \\ slash / \u0001 ☕";
        String json = "{" + string("k\"ey") + ":" + string(nasty) + "}";
        assertThat(new ObjectMapper().readValue(json, Map.class)).containsExactly(Map.entry("k\"ey", nasty));
    }
}
