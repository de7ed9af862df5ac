package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CsvDialect;
import org.cxlens.importer.DialectOverrides;

/**
 * Guesses how a delimited text file is written from its first part: encoding (see
 * {@link EncodingSniffer}), delimiter and decimal separator; whatever the user fixed is taken as
 * given and the rest is guessed with it (a fixed encoding decodes the text the delimiter is
 * guessed from).
 */
public final class CsvSniffer {

    /** Enough to meet a non-ASCII character in most files, small enough to read in milliseconds. */
    private static final int ENCODING_PROBE = 1 << 20;
    private static final int DELIMITER_PROBE_CHARS = 64 * 1024;
    private static final int PROBE_RECORDS = 100;
    /** In order of preference when two delimiters fit equally well. */
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvSniffer() {
    }

    public static CsvDialect sniff(Path file, DialectOverrides fixed) throws CxLensException {
        byte[] prefix;
        boolean complete;
        try (InputStream in = Files.newInputStream(file)) {
            prefix = in.readNBytes(ENCODING_PROBE);
            complete = in.read() < 0;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
        EncodingSniffer.Encoding encoding = fixed.encoding() != null
                ? EncodingSniffer.given(fixed.encoding(), prefix, prefix.length)
                : EncodingSniffer.sniff(prefix, prefix.length, complete);
        String text = decodeStart(prefix, encoding);
        boolean textComplete = complete && text.length() < DELIMITER_PROBE_CHARS;
        if (!textComplete) {
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            text = lastBreak > 0 ? text.substring(0, lastBreak) : text;
        }
        Character hinted = ExcelSeparatorHint.delimiter(text);
        if (hinted != null) {
            text = text.substring(Math.min(text.length(), text.indexOf('\n') + 1));
        }
        char delimiter = fixed.delimiter() != null ? fixed.delimiter() : hinted != null ? hinted : pickDelimiter(text);
        char decimal = fixed.decimalSeparator() != null ? fixed.decimalSeparator()
                : delimiter != ',' && usesDecimalComma(records(text, delimiter)) ? ',' : '.';
        return new CsvDialect(delimiter, encoding.charset(), encoding.bomLength() > 0, decimal);
    }

    private static String decodeStart(byte[] prefix, EncodingSniffer.Encoding encoding) {
        Charset cs = encoding.charset();
        // Decode-only charsets have no encoder to ask; four bytes cover every charset in use.
        int bytesPerCharMax = cs.canEncode() ? (int) Math.ceil(cs.newEncoder().maxBytesPerChar()) : 4;
        int length = Math.min(prefix.length - encoding.bomLength(), DELIMITER_PROBE_CHARS * bytesPerCharMax);
        String text = new String(prefix, encoding.bomLength(), length, cs);
        return text.length() > DELIMITER_PROBE_CHARS ? text.substring(0, DELIMITER_PROBE_CHARS) : text;
    }

    /**
     * The delimiter that splits the most records into the same number (more than one) of fields;
     * counting only outside quotes, so commas in quoted question texts do not vote.
     */
    static char pickDelimiter(String text) {
        char best = ',';
        double bestScore = 0;
        int bestFields = 1;
        for (char d : DELIMITERS) {
            List<List<String>> records = records(text, d);
            if (records.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> frequency = new HashMap<>();
            for (List<String> r : records) {
                frequency.merge(r.size(), 1, Integer::sum);
            }
            Map.Entry<Integer, Integer> mode = frequency.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow();
            if (mode.getKey() < 2) {
                continue;
            }
            double score = (double) mode.getValue() / records.size();
            if (score > bestScore || (score == bestScore && mode.getKey() > bestFields)) {
                best = d;
                bestScore = score;
                bestFields = mode.getKey();
            }
        }
        return best;
    }

    /** Splits the probe text into records the way RFC 4180 does; blank lines are left out. */
    static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldStart = true;
        int n = text.length();
        for (int i = 0; i < n && records.size() < PROBE_RECORDS; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field);
                fields = new ArrayList<>();
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (records.size() < PROBE_RECORDS && (!fields.isEmpty() || field.length() > 0)) {
            endRecord(records, fields, field);
        }
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(fields);
        }
    }

    /** Whether the data cells (not the header) hold numbers written like "7,5" more often than "7.5". */
    static boolean usesDecimalComma(List<List<String>> records) {
        int comma = 0;
        int dot = 0;
        for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
            for (String cell : record) {
                char sep = decimalSeparatorOf(cell.strip());
                if (sep == ',') {
                    comma++;
                } else if (sep == '.') {
                    dot++;
                }
            }
        }
        return comma > 0 && comma >= dot;
    }

    /** ',' or '.' for a cell like "-7,5" / "7.5"; 0 for anything else. */
    private static char decimalSeparatorOf(String cell) {
        int i = cell.startsWith("-") || cell.startsWith("+") ? 1 : 0;
        int digitsBefore = 0;
        while (i < cell.length() && Character.isDigit(cell.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0 || i >= cell.length()) {
            return 0;
        }
        char sep = cell.charAt(i++);
        if (sep != ',' && sep != '.') {
            return 0;
        }
        int digitsAfter = 0;
        while (i < cell.length() && Character.isDigit(cell.charAt(i))) {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == cell.length() ? sep : 0;
    }
}
