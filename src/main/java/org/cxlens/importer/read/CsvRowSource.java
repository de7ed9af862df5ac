package org.cxlens.importer.read;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CsvDialect;
import org.cxlens.importer.CutOffRecord;
import org.cxlens.importer.DialectNames;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Streams the records of a delimited text file, header rows included, through OpenCSV's RFC 4180
 * parser. Blank records are skipped; each row carries the physical line it starts on.
 *
 * <p>A quoted field that is never closed swallows the rest of the file. When that rest is a few
 * lines, the file was most likely cut off in its last row: reading stops there and
 * {@link #cutOff()} says so, for the import to report. A longer rest means a stray quote
 * earlier on, and the file is refused rather than imported without its last part.
 */
public final class CsvRowSource implements RowSource {

    private static final int BUFFER = 1 << 16;
    /** A cut-off last row rarely spans more lines than a long comment with a few line breaks. */
    private static final int CUT_OFF_MAX_LINES = 10;

    private final Path file;
    private final CsvDialect dialect;
    private final long size;
    private final CountingInputStream counter;
    private final CSVReader reader;
    private CutOffRecord cutOff;

    private CsvRowSource(Path file, CsvDialect dialect, long size, CountingInputStream counter, CSVReader reader) {
        this.file = file;
        this.dialect = dialect;
        this.size = size;
        this.counter = counter;
        this.reader = reader;
    }

    public static CsvRowSource open(Path file, CsvDialect dialect) throws CxLensException {
        CountingInputStream counter = null;
        try {
            long size = Files.size(file);
            counter = new CountingInputStream(Files.newInputStream(file));
            InputStream bytes = skipBom(counter, dialect);
            BufferedReader text = new BufferedReader(new StrictTextReader(bytes, dialect.charset()), BUFFER);
            CSVReader reader = new CSVReaderBuilder(text)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(dialect.delimiter()).build())
                    .withKeepCarriageReturn(false)
                    .withVerifyReader(false)
                    .build();
            return new CsvRowSource(file, dialect, size, counter, reader);
        } catch (IOException e) {
            closeQuietly(counter);
            throw ReadErrors.io(file, e);
        }
    }

    /**
     * Skips a byte-order mark of the dialect's charset if the file starts with one, also when the
     * user chose the dialect, so it never ends up in the first header cell.
     */
    private static InputStream skipBom(InputStream in, CsvDialect dialect) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        EncodingSniffer.Encoding bom = EncodingSniffer.bomCharset(head);
        int skip = bom != null && bom.charset().equals(dialect.charset()) ? bom.bomLength() : 0;
        pushback.unread(head, skip, head.length - skip);
        return pushback;
    }

    @Override
    public SourceRow next() throws CxLensException {
        while (cutOff == null) {
            long startLine = reader.getLinesRead() + 1;
            String[] cells;
            try {
                cells = reader.readNext();
            } catch (CsvMalformedLineException e) {
                long lastLine = reader.getLinesRead();
                if (lastLine - startLine >= CUT_OFF_MAX_LINES) {
                    throw ReadErrors.of(e, "csvUnclosedQuote", file, startLine);
                }
                cutOff = new CutOffRecord(Math.toIntExact(startLine), Math.toIntExact(Math.max(startLine, lastLine)));
                return null;
            } catch (CharacterCodingException e) {
                throw ReadErrors.of(e, "csvEncoding", file, DialectNames.encodingName(dialect.charset()),
                        reader.getLinesRead() + 1);
            } catch (IOException e) {
                throw ReadErrors.io(file, e);
            } catch (CsvValidationException e) {
                throw ReadErrors.of(e, "csvUnreadableLine", file, startLine);
            }
            if (cells == null) {
                return null;
            }
            boolean hint = startLine == 1 && ExcelSeparatorHint.isHint(cells, dialect.delimiter());
            if (!hint && !RowCells.allBlank(cells)) {
                return new SourceRow(Math.toIntExact(startLine), cells);
            }
        }
        return null;
    }

    @Override
    public CutOffRecord cutOff() {
        return cutOff;
    }

    @Override
    public double fractionRead() {
        return size == 0 ? 1 : Math.min(1.0, (double) counter.count() / size);
    }

    @Override
    public void close() throws CxLensException {
        try {
            reader.close();
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Already failing with the error that matters; this one adds nothing for the user.
            }
        }
    }
}
