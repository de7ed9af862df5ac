package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CsvDialect;

/**
 * Whether a text file is a table at all, or a README, licence, JSON or Markdown file picked by
 * mistake (any text "reads" as a one-column CSV). Judged from the start of the file:
 * <ul>
 * <li>JSON starts with an object or an array;</li>
 * <li>a table has the same number (two or more) of fields on nearly every record, which no
 *     running text has; such a file is a table, whatever its cells say;</li>
 * <li>otherwise Markdown shows headings, code fences or underlined titles together with other
 *     Markdown or with sentences, and running text shows sentences (long lines of many words)
 *     in paragraphs separated by blank lines.</li>
 * </ul>
 * A one-column file of short answers, or of comments on one line each, is left a table; so is a
 * ragged file with a few short rows, which the import reports row by row.
 */
public enum TextKind {
    TABLE, JSON, MARKDOWN, PROSE;

    private static final int PROBE_CHARS = 64 * 1024;
    /** Share of records with the commonest field count that makes a table. */
    private static final double CONSISTENT = 0.8;
    /** A line of running text: this many words and characters at least. */
    private static final int SENTENCE_WORDS = 8;
    private static final int SENTENCE_CHARS = 40;
    /** Share of running-text lines among the non-blank lines that makes prose. */
    private static final double PROSE_SHARE = 0.3;
    private static final Pattern JSON_START = Pattern.compile("^(\\{\\s*(\"|}|$)|\\[\\s*([{\\[\"\\]]|$))");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("^\\s*([-*+]|\\d+[.)]|>)\\s+\\S.*");
    private static final Pattern LINK = Pattern.compile(".*\\[[^\\]]+]\\([^)]+\\).*");
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*:?-{3,}:?\\s*");

    /** Refuses a text file that is not a table, with what it is instead. */
    public static void requireTable(Path file, CsvDialect dialect) throws CxLensException {
        TextKind kind = of(startOf(file, dialect.charset()), dialect.delimiter());
        if (kind != TABLE) {
            throw ReadErrors.of("notATable." + kind.name(), file);
        }
    }

    private static String startOf(Path file, Charset charset) throws CxLensException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE_CHARS * 4);
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
        EncodingSniffer.Encoding bom = EncodingSniffer.bomCharset(head);
        int skip = bom != null && bom.charset().equals(charset) ? bom.bomLength() : 0;
        String text = new String(head, skip, head.length - skip, charset);
        return text.length() > PROBE_CHARS ? text.substring(0, PROBE_CHARS) : text;
    }

    static TextKind of(String text, char delimiter) {
        if (JSON_START.matcher(text.stripLeading()).find()) {
            return JSON;
        }
        List<List<String>> records = CsvSniffer.records(text, delimiter);
        for (List<String> r : records) {
            if (isTableRule(r)) {
                return MARKDOWN;
            }
        }
        if (isConsistentTable(records)) {
            return TABLE;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int nonBlank = 0;
        int interiorBlank = 0;
        int blankRun = 0;
        int strong = 0;
        int weak = 0;
        int sentences = 0;
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                blankRun += nonBlank > 0 ? 1 : 0;
                previous = null;
                continue;
            }
            interiorBlank += blankRun;
            blankRun = 0;
            nonBlank++;
            if (HEADING.matcher(line).matches() || FENCE.matcher(line).matches()
                    || previous != null && UNDERLINE.matcher(line).matches() && line.strip().length() >= 3) {
                strong++;
            } else if (LIST_OR_QUOTE.matcher(line).matches() || LINK.matcher(line).matches()) {
                weak++;
            }
            if (isSentence(line)) {
                sentences++;
            }
            previous = line;
        }
        if (strong > 0 && (strong + weak >= 2 || sentences > 0)) {
            return MARKDOWN;
        }
        boolean paragraphs = interiorBlank > 0 || records.size() == 1;
        return sentences > 0 && sentences >= PROSE_SHARE * nonBlank && paragraphs ? PROSE : TABLE;
    }

    private static boolean isConsistentTable(List<List<String>> records) {
        if (records.size() < 2) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<String> r : records) {
            counts.merge(r.size(), 1, Integer::sum);
        }
        Map.Entry<Integer, Integer> mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return mode.getKey() >= 2 && mode.getValue() >= CONSISTENT * records.size();
    }

    /** The rule under a Markdown table's header: | --- | :---: |. */
    private static boolean isTableRule(List<String> record) {
        boolean rule = false;
        for (String cell : record) {
            if (TABLE_RULE.matcher(cell).matches()) {
                rule = true;
            } else if (!cell.isBlank()) {
                return false;
            }
        }
        return rule && record.size() >= 2;
    }

    /** A line of running text, not quoted as a CSV cell. */
    private static boolean isSentence(String line) {
        String s = line.strip();
        return s.length() >= SENTENCE_CHARS && !s.startsWith("\"") && s.split("\\s+").length >= SENTENCE_WORDS;
    }
}
