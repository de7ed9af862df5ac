package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CsvDialect;
import org.cxlens.importer.CutOffRecord;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Streams the records of a delimited text file, header rows included ({@link CsvRecordReader}
 * splits them). Blank records are skipped; each row carries the physical line it starts on.
 *
 * <p>A quoted field that is never closed swallows the rest of the file. When that rest is a few
 * lines, the file was most likely cut off in its last row: reading stops there and
 * {@link #cutOff()} says so, for the import to report. A longer rest means a stray quote
 * earlier on, and the file is refused rather than imported without its last part.
 */
public final class CsvRowSource implements RowSource {

    private final Path file;
    private final long size;
    private final CountingInputStream counter;
    private final CsvRecordReader reader;
    private final char delimiter;
    private int[] cleanedColumns = new int[0];

    private CsvRowSource(Path file, long size, CountingInputStream counter, CsvRecordReader reader, char delimiter) {
        this.file = file;
        this.size = size;
        this.counter = counter;
        this.reader = reader;
        this.delimiter = delimiter;
    }

    public static CsvRowSource open(Path file, CsvDialect dialect) throws CxLensException {
        CountingInputStream counter = null;
        try {
            long size = Files.size(file);
            counter = new CountingInputStream(Files.newInputStream(file));
            InputStream bytes = skipBom(counter, dialect);
            CsvRecordReader reader = new CsvRecordReader(new StrictTextReader(bytes, dialect.charset()),
                    dialect.delimiter(), file, dialect.charset());
            return new CsvRowSource(file, size, counter, reader, dialect.delimiter());
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
        String[] cells;
        while ((cells = reader.next()) != null) {
            long line = reader.recordLine();
            boolean hint = line == 1 && ExcelSeparatorHint.isHint(cells, delimiter);
            if (!hint && !RowCells.allBlank(cells)) {
                cleanedColumns = reader.cleanedColumns();
                return new SourceRow(Math.toIntExact(line), cells);
            }
        }
        cleanedColumns = new int[0];
        return null;
    }

    @Override
    public int[] cleanedColumns() {
        return cleanedColumns;
    }

    @Override
    public CutOffRecord cutOff() {
        return reader.cutOff();
    }

    @Override
    public double fractionRead() {
        return size == 0 ? 1 : Math.min(1.0, (double) counter.count() / size);
    }

    @Override
    public void close() throws CxLensException {
        try {
            counter.close();
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
