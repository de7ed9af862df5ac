package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingSnifferTest {

    private static boolean utf8(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return EncodingSniffer.isUtf8(b, b.length, true);
    }

    @Test
    void acceptsWellFormedUtf8() {
        byte[] text = "é ë € 😀".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingSniffer.isUtf8(text, text.length, true)).isTrue();
    }

    @Test
    void rejectsOverlongFormsSurrogatesAndWindows1252Bytes() {
        assertThat(utf8(0xC0, 0xAF)).isFalse();
        assertThat(utf8(0xE0, 0x80, 0xAF)).isFalse();
        assertThat(utf8(0xED, 0xA0, 0x80)).isFalse();
        assertThat(utf8(0xF4, 0x90, 0x80, 0x80)).isFalse();
        assertThat(utf8('c', 'a', 'f', 0xE9)).isFalse();
        assertThat(utf8(0x80, 'a')).isFalse();
    }

    @Test
    void aCharacterCutAtTheEndOfAPrefixIsOnlyAnErrorAtTheEndOfTheFile() {
        byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
        assertThat(EncodingSniffer.isUtf8(cut, cut.length, false)).isTrue();
        assertThat(EncodingSniffer.isUtf8(cut, cut.length, true)).isFalse();
    }

    @Test
    void byteOrderMarks() {
        assertThat(EncodingSniffer.sniff(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, 4, true))
                .isEqualTo(new EncodingSniffer.Encoding(StandardCharsets.UTF_16BE, 2));
        assertThat(EncodingSniffer.sniff(new byte[] {'a', (byte) 0xE9}, 2, true).charset())
                .isEqualTo(EncodingSniffer.WINDOWS_1252);
    }
}
