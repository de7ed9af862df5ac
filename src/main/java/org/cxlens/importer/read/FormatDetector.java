package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.FileFormat;

/**
 * Tells the format of a file from its bytes, never from its name: users rename files, and Excel
 * happily saves a CSV under ".xls". Refuses, with a reason, what cannot be read.
 */
public final class FormatDetector {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int TEXT_PROBE = 8192;
    /** Control bytes a text may hold whatever its length: a stray NUL or escape in a small CSV. */
    private static final int STRAY_CONTROL_BYTES = 2;

    private FormatDetector() {
    }

    public static FileFormat detect(Path file) throws CxLensException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw ReadErrors.of("empty", file);
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            checkSpreadsheetZip(file);
            return FileFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            checkExcelOle2(file);
            return FileFormat.XLS;
        }
        if (looksLikeText(head)) {
            return FileFormat.CSV;
        }
        throw ReadErrors.of("unsupported", file);
    }

    private static byte[] readHead(Path file) throws CxLensException {
        if (Files.isDirectory(file)) {
            throw ReadErrors.of("notAFile", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(TEXT_PROBE);
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }

    /** An OOXML package whose content types declare a workbook; other zips (.numbers, .docx) are refused. */
    private static void checkSpreadsheetZip(Path file) throws CxLensException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                throw ReadErrors.of("unsupported", file);
            }
            String text;
            try (InputStream in = zip.getInputStream(types)) {
                text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            if (!text.contains("spreadsheetml.sheet.main") && !text.contains("ms-excel.sheet.macroEnabled.main")
                    && !text.contains("spreadsheetml.template.main")) {
                throw ReadErrors.of("unsupported", file);
            }
        } catch (ZipException e) {
            throw ReadErrors.of(e, "damagedWorkbook", file);
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }

    /**
     * OLE2 holds both .xls workbooks and password-protected .xlsx files (Excel wraps the encrypted
     * package in an OLE2 container with an EncryptionInfo stream), as well as Word and Outlook files.
     */
    private static void checkExcelOle2(Path file) throws CxLensException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw ReadErrors.of("passwordProtected", file);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
                return;
            }
            if (root.hasEntry("Book") || root.hasEntry("BOOK")) {
                throw ReadErrors.of("oldExcel", file);
            }
            throw ReadErrors.of("unsupported", file);
        } catch (IOException | RuntimeException e) {
            throw ReadErrors.of(e, "damagedWorkbook", file);
        }
    }

    /**
     * Text has hardly any NUL bytes or other control characters (UTF-16 without a BOM, all NULs
     * between ASCII letters, is not read); binary formats such as images or random bytes have
     * many. One or two in a small file are a stray byte in a text, not a sign of binary: the
     * reader removes them and lists the cell.
     */
    static boolean looksLikeText(byte[] head) {
        if (EncodingSniffer.bomCharset(head) != null) {
            return true;
        }
        if (isMarkupOrPdf(head)) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control <= STRAY_CONTROL_BYTES || control * 100 <= head.length;
    }

    /** PDF, RTF, HTML and XML are text-like at the start but are not delimited data. */
    private static boolean isMarkupOrPdf(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1).stripLeading();
        return start.startsWith("%PDF-") || start.startsWith("{\\rtf") || start.startsWith("<");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
