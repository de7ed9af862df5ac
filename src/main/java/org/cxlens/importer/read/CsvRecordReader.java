package org.cxlens.importer.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CutOffRecord;
import org.cxlens.importer.DialectNames;

/**
 * Splits decoded text into the records of a delimited file the way Excel reads them (RFC 4180,
 * leniently): a field starting with a quote runs to the next lone quote, {@code ""} inside it is
 * one quote, and text after its closing quote or a quote inside an unquoted field is kept as it
 * is. Every line break (CR LF, LF or CR) inside a quoted field becomes one LF.
 *
 * <p>Each character is looked at once, so a field spanning many lines costs no more than the same
 * text on one line (OpenCSV re-parsed the field from its start on every line: quadratic time).
 * What one record may hold is bounded ({@link ReadLimits}); a quoted field over a limit is
 * followed to its end without keeping it, to tell a stray quote from a field that is just too big.
 *
 * <p>Control characters (a NUL byte, an escape) are never survey content, only debris of a
 * transfer or a tool: they are removed, and the record says which of its cells lost some, for the
 * import to list.
 */
final class CsvRecordReader {

    private static final int BUFFER = 1 << 16;
    private static final int EOF = -1;
    /** What ended a field. */
    private static final int DELIMITER = 0;
    private static final int LINE_END = 1;
    private static final int FILE_END = 2;
    private static final int CUT_OFF = 3;
    /** A cut-off last row rarely spans more lines than a long comment with a few line breaks. */
    private static final int CUT_OFF_MAX_LINES = 10;
    private static final int[] NONE = new int[0];

    private final Reader in;
    private final char delimiter;
    private final Path file;
    private final Charset charset;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    /** The line of the next character. */
    private long line = 1;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long recordChars;
    private long recordLine;
    private int[] cleaned = NONE;
    private int cleanedCount;
    private CutOffRecord cutOff;

    CsvRecordReader(Reader in, char delimiter, Path file, Charset charset) {
        this.in = in;
        this.delimiter = delimiter;
        this.file = file;
        this.charset = charset;
    }

    /** The next record's cells (a blank line gives one empty cell), or null at the end. */
    String[] next() throws CxLensException {
        if (cutOff != null || peek() == EOF) {
            return null;
        }
        recordLine = line;
        cells.clear();
        cleanedCount = 0;
        recordChars = 0;
        while (true) {
            int ended = readField();
            if (ended == CUT_OFF) {
                return null;
            }
            if (cells.size() == ReadLimits.MAX_COLUMNS) {
                throw ReadErrors.of("csvTooManyColumns", file, recordLine, ReadLimits.MAX_COLUMNS);
            }
            cells.add(field.toString());
            if (ended != DELIMITER) {
                return cells.toArray(String[]::new);
            }
        }
    }

    /** The line the last record starts on. */
    long recordLine() {
        return recordLine;
    }

    /** The columns (0-based) of the last record whose cells had control characters removed. */
    int[] cleanedColumns() {
        return cleanedCount == 0 ? NONE : Arrays.copyOf(cleaned, cleanedCount);
    }

    /** After the end: the record an unclosed quote cut off at the end of the file, or null. */
    CutOffRecord cutOff() {
        return cutOff;
    }

    private int readField() throws CxLensException {
        field.setLength(0);
        if (peek() == '"') {
            pos++;
            if (!readQuoted()) {
                return CUT_OFF;
            }
        }
        while (true) {
            if (pos == end && !fill()) {
                return FILE_END;
            }
            int start = pos;
            while (pos < end) {
                char ch = buf[pos];
                if (ch == delimiter || ch < ' ') {
                    break;
                }
                pos++;
            }
            append(start, pos);
            if (pos == end) {
                continue;
            }
            char ch = buf[pos++];
            if (ch == delimiter) {
                return DELIMITER;
            }
            if (ch == '\n' || ch == '\r') {
                endOfLine(ch);
                return LINE_END;
            }
            appendControl(ch);
            if (field.length() > ReadLimits.MAX_CELL_CHARS) {
                throw cellTooLong();
            }
        }
    }

    /**
     * Reads a quoted field after its opening quote, up to and including its closing quote.
     *
     * @return false when the file ends inside it after only a few lines: a cut-off last record
     */
    private boolean readQuoted() throws CxLensException {
        long fieldLine = line;
        int breaks = 0;
        boolean endsWithBreak = false;
        while (true) {
            if (pos == end && !fill()) {
                long lastLine = endsWithBreak ? line - 1 : line;
                if (lastLine - recordLine >= CUT_OFF_MAX_LINES) {
                    throw ReadErrors.of("csvUnclosedQuote", file, fieldLine);
                }
                cutOff = new CutOffRecord(Math.toIntExact(recordLine), Math.toIntExact(Math.max(recordLine, lastLine)));
                return false;
            }
            int start = pos;
            while (pos < end) {
                char ch = buf[pos];
                if (ch == '"' || ch < ' ') {
                    break;
                }
                pos++;
            }
            if (pos > start) {
                endsWithBreak = false;
                if (field.length() + (pos - start) > ReadLimits.MAX_CELL_CHARS) {
                    throw overLimit(fieldLine, cellTooLong());
                }
                append(start, pos);
            }
            if (pos == end) {
                continue;
            }
            char ch = buf[pos++];
            if (ch == '"') {
                if (peek() != '"') {
                    return true;
                }
                pos++;
                field.append('"');
                endsWithBreak = false;
            } else if (ch == '\n' || ch == '\r') {
                endOfLine(ch);
                if (++breaks > ReadLimits.MAX_CELL_LINE_BREAKS) {
                    throw overLimit(fieldLine, ReadErrors.of("csvCellTooManyLines", file, fieldLine, cells.size() + 1,
                            ReadLimits.MAX_CELL_LINE_BREAKS));
                }
                field.append('\n');
                endsWithBreak = true;
            } else {
                appendControl(ch);
                endsWithBreak = false;
            }
            if (field.length() > ReadLimits.MAX_CELL_CHARS) {
                throw overLimit(fieldLine, cellTooLong());
            }
        }
    }

    /**
     * A quoted field over a limit: when it never closes properly (the file ends inside it, or its
     * "closing" quote is followed by text, as the opening quote of a later field is) it is a
     * stray quote and said so; otherwise the limit is.
     */
    private CxLensException overLimit(long fieldLine, CxLensException limit) throws CxLensException {
        while (true) {
            if (pos == end && !fill()) {
                return ReadErrors.of("csvUnclosedQuote", file, fieldLine);
            }
            char ch = buf[pos++];
            if (ch == '"') {
                int next = peek();
                if (next == '"') {
                    pos++;
                } else if (next == delimiter || next == '\n' || next == '\r' || next == EOF) {
                    return limit;
                } else {
                    return ReadErrors.of("csvUnclosedQuote", file, fieldLine);
                }
            }
        }
    }

    private CxLensException cellTooLong() {
        return ReadErrors.of("csvCellTooLong", file, recordLine, cells.size() + 1, ReadLimits.MAX_CELL_CHARS);
    }

    private void append(int start, int stop) throws CxLensException {
        int length = stop - start;
        if (length == 0) {
            return;
        }
        recordChars += length;
        if (recordChars > ReadLimits.MAX_RECORD_CHARS) {
            throw ReadErrors.of("csvRecordTooLong", file, recordLine, ReadLimits.MAX_RECORD_CHARS);
        }
        field.append(buf, start, length);
        if (field.length() > ReadLimits.MAX_CELL_CHARS) {
            throw cellTooLong();
        }
    }

    /** A tab is text; any other control character is dropped and its column noted. */
    private void appendControl(char ch) throws CxLensException {
        if (ch == '\t') {
            field.append(ch);
            recordChars++;
            return;
        }
        int column = cells.size();
        if (cleanedCount == 0 || cleaned[cleanedCount - 1] != column) {
            if (cleanedCount == cleaned.length) {
                cleaned = Arrays.copyOf(cleaned, Math.max(4, cleaned.length * 2));
            }
            cleaned[cleanedCount++] = column;
        }
    }

    /** After a CR or LF: one more line, and a CR LF pair is one line break. */
    private void endOfLine(char ch) throws CxLensException {
        line++;
        if (ch == '\r' && peek() == '\n') {
            pos++;
        }
    }

    private int peek() throws CxLensException {
        if (pos == end && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() throws CxLensException {
        if (eof) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(buf, 0, BUFFER);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (CharacterCodingException e) {
            throw ReadErrors.of(e, "csvEncoding", file, DialectNames.encodingName(charset), line);
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }
}
