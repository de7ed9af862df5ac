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
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Streams the records of a delimited text file, header rows included, through OpenCSV's RFC 4180
 * parser. Blank records are skipped; each row carries the physical line it starts on.
 */
public final class CsvRowSource implements RowSource {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final CsvDialect dialect;
    private final long size;
    private final CountingInputStream counter;
    private final CSVReader reader;

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
        while (true) {
            long startLine = reader.getLinesRead() + 1;
            String[] cells;
            try {
                cells = reader.readNext();
            } catch (CsvMalformedLineException e) {
                throw ReadErrors.of(e, "csvUnclosedQuote", file, startLine);
            } catch (CharacterCodingException e) {
                throw ReadErrors.of(e, "csvEncoding", file, dialect.charset().displayName(),
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
