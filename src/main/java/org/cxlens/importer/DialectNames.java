package org.cxlens.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * The names users write for encodings, delimiters and decimal marks (command line and mapping
 * file), and the names CX Lens writes back.
 */
public final class DialectNames {

    /**
     * Windows code pages as Windows, Excel and Python name them. Java gives "cp949", "cp932",
     * "cp950" and "cp874" to IBM code pages that differ from Microsoft's, so a Korean Excel export
     * read as Java's "cp949" would come out garbled.
     */
    private static final Map<String, String> WINDOWS_CODE_PAGES = Map.of(
            "cp949", "x-windows-949",
            "cp932", "windows-31j",
            "cp950", "x-windows-950",
            "cp874", "x-windows-874");

    private DialectNames() {
    }

    /** Any Java charset name or alias, plus the Windows code pages above; null when unknown. */
    public static Charset encoding(String name) {
        String n = name == null ? "" : name.strip();
        String windows = WINDOWS_CODE_PAGES.get(n.toLowerCase(Locale.ROOT));
        try {
            return n.isEmpty() ? null : Charset.forName(windows != null ? windows : n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The name to write: the Windows code page name where Java's own would mislead, else Java's. */
    public static String encodingName(Charset charset) {
        for (Map.Entry<String, String> e : WINDOWS_CODE_PAGES.entrySet()) {
            if (charset.name().equals(e.getValue())) {
                return e.getKey();
            }
        }
        return charset.name();
    }

    /**
     * "tab" (or a typed {@code \t}) or one character that can separate fields: not a letter, digit,
     * quote or line break. Null for anything else.
     */
    public static Character delimiter(String name) {
        if (name == null) {
            return null;
        }
        if (name.equalsIgnoreCase("tab") || name.equals("\\t")) {
            return '\t';
        }
        if (name.length() != 1) {
            return null;
        }
        char c = name.charAt(0);
        boolean usable = !Character.isLetterOrDigit(c) && c != '"' && c != '\n' && c != '\r';
        return usable ? c : null;
    }

    public static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** '.' or ','; null for anything else. */
    public static Character decimalSeparator(String name) {
        return ".".equals(name) || ",".equals(name) ? name.charAt(0) : null;
    }
}
