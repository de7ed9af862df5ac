package org.cxlens.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides the character encoding of a text file from its first bytes: a byte-order mark wins;
 * otherwise text that is valid UTF-8 is UTF-8; text that a statistical detector (juniversalchardet,
 * Mozilla's) takes for a Korean, Chinese or Japanese multi-byte encoding, and that decodes cleanly in
 * it, is read in Windows' code page for that language; anything else is taken as Windows-1252, which
 * is what Excel writes for "CSV" in Western European locales. Most Korean bytes are valid
 * Windows-1252 too, so without the detector such a file would be read as garbage without a word.
 */
public final class EncodingSniffer {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What Windows and Excel write for each East-Asian encoding the detector names (supersets of them). */
    private static final Map<String, Charset> WINDOWS_CODE_PAGES = Map.of(
            "EUC-KR", Charset.forName("x-windows-949"),
            "BIG5", Charset.forName("x-windows-950"),
            "GB18030", Charset.forName("GB18030"),
            "SHIFT_JIS", Charset.forName("windows-31j"),
            "EUC-JP", Charset.forName("EUC-JP"));

    /** What was found: the charset and how many BOM bytes precede the text. */
    public record Encoding(Charset charset, int bomLength) {
    }

    private EncodingSniffer() {
    }

    /**
     * @param prefix   the first bytes of the file
     * @param length   how many bytes of prefix are filled
     * @param complete whether the prefix is the whole file (so a cut multi-byte character is an error)
     */
    public static Encoding sniff(byte[] prefix, int length, boolean complete) {
        Encoding bom = bomCharset(prefix, length);
        if (bom != null) {
            return bom;
        }
        if (isUtf8(prefix, length, complete)) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        Charset eastAsian = eastAsian(prefix, length);
        return new Encoding(eastAsian != null ? eastAsian : WINDOWS_1252, 0);
    }

    /** The Windows code page of the East-Asian encoding the detector sees, when the bytes decode cleanly in it. */
    private static Charset eastAsian(byte[] prefix, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(prefix, 0, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset charset = name == null ? null : WINDOWS_CODE_PAGES.get(name);
        if (charset == null) {
            return null;
        }
        try {
            // The prefix may end inside a character: only the bytes before the last few must decode.
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(prefix, 0, Math.max(0, length - 4)));
            return charset;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset the user chose, with the length of its byte-order mark when the file starts with one. */
    public static Encoding given(Charset charset, byte[] prefix, int length) {
        Encoding bom = bomCharset(prefix, length);
        return new Encoding(charset, bom != null && bom.charset().equals(charset) ? bom.bomLength() : 0);
    }

    static Encoding bomCharset(byte[] head) {
        return bomCharset(head, head.length);
    }

    static Encoding bomCharset(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
    static boolean isUtf8(byte[] b, int length, boolean complete) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return false;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= length) {
                    // The prefix ends inside a character: fine unless this really is the end of the file.
                    return !complete;
                }
                int cont = b[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (cont < lo || cont > hi) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
