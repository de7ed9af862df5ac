package org.cxlens.sample;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;

/** Writing and reading back sample files in tests. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(SampleLayout layout, SurveyGenerator generator, Path file) throws CxLensException {
        SampleFiles.write(layout, generator, file, Progress.NONE);
        return file;
    }

    /** All records, parsed by OpenCSV (quoted fields may span lines). */
    static List<String[]> readCsv(Path file, Charset charset, char separator) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(file, charset);
             CSVReader csv = new CSVReaderBuilder(in)
                     .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            return csv.readAll();
        }
    }

    static Workbook openXlsx(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    static Sheet firstSheet(Workbook workbook) {
        return workbook.getSheetAt(0);
    }

    /** The bytes of one part of an XLSX package. */
    static byte[] zipEntry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}
