package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    /**
     * The BOF record that starts an Excel 2, 3 or 4 file (BIFF2, BIFF3, BIFF4: record type 0x0009,
     * 0x0209 or 0x0409, little-endian). Those files are no OLE2 container; Excel 5 files are.
     */
    private static final int[] OLD_BIFF_BOF = {0x0009, 0x0209, 0x0409};
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
            return checkExcelOle2(file);
        }
        if (isOldBiff(head)) {
            throw ReadErrors.of("oldExcel", file);
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
        checkSpreadsheetZip(file, file);
    }

    /** @param zipFile the package, which for an encrypted file is a decrypted copy of {@code file} */
    private static void checkSpreadsheetZip(Path file, Path zipFile) throws CxLensException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                throw ReadErrors.of("unsupported", file);
            }
            String text;
            try (InputStream in = ZipParts.open(file, zip, types)) {
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
     * An .xlsx encrypted with Excel's default password is read as the workbook it holds.
     */
    private static FileFormat checkExcelOle2(Path file) throws CxLensException {
        WorkbookLimits.applyToPoi();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                if (!DefaultPassword.opens(fs)) {
                    throw ReadErrors.of("passwordProtected", file);
                }
            } else if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
                return FileFormat.XLS;
            } else if (root.hasEntry("Book") || root.hasEntry("BOOK")) {
                throw ReadErrors.of("oldExcel", file);
            } else {
                throw ReadErrors.of("unsupported", file);
            }
        } catch (IOException | RuntimeException e) {
            throw ReadErrors.of(e, "damagedWorkbook", file);
        }
        Path decrypted = DefaultPassword.decrypt(file);
        try {
            checkSpreadsheetZip(file, decrypted);
        } finally {
            ReadableXlsx.delete(decrypted);
        }
        return FileFormat.XLSX;
    }

    /** A BOF record of an old BIFF version, with the small length every such record has. */
    private static boolean isOldBiff(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        int type = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        return Arrays.stream(OLD_BIFF_BOF).anyMatch(t -> t == type) && length >= 4 && length <= 16;
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
