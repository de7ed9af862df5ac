package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.cxlens.domain.CxLensException;

/**
 * The zip fastexcel reads for an XLSX file: the file itself, or temporary files made from it when
 * it is encrypted with Excel's default password ({@link DefaultPassword}) or written in a form
 * fastexcel does not read ({@link TransitionalCopy}). Closing deletes the temporary files.
 */
final class ReadableXlsx implements AutoCloseable {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Path path;
    private final boolean styled;
    private final Path[] temporary;

    private ReadableXlsx(Path path, boolean styled, Path... temporary) {
        this.path = path;
        this.styled = styled;
        this.temporary = temporary;
    }

    /** The workbook as a whole, for its list of sheets. */
    static ReadableXlsx workbook(Path file) throws CxLensException {
        Path decrypted = isEncrypted(file) ? DefaultPassword.decrypt(file) : null;
        Path zip = decrypted != null ? decrypted : file;
        return new ReadableXlsx(zip, hasStyles(zip), decrypted);
    }

    /** The workbook for reading the named sheet; an unknown name is left for the reader to report. */
    static ReadableXlsx sheet(Path file, String sheetName) throws CxLensException {
        Path decrypted = isEncrypted(file) ? DefaultPassword.decrypt(file) : null;
        Path whole = decrypted != null ? decrypted : file;
        Path copy = null;
        boolean styled;
        try (ZipFile zip = new ZipFile(whole.toFile())) {
            WorkbookParts parts = WorkbookParts.read(file, zip);
            styled = styled(parts);
            String sheetPart = parts == null ? null : parts.sheets().get(sheetName);
            if (sheetPart == null || !TransitionalCopy.needed(file, zip, parts, sheetPart)) {
                return new ReadableXlsx(whole, styled, decrypted);
            }
            copy = Files.createTempFile("cxlens-transitional-", ".xlsx");
            TransitionalCopy.write(file, zip, parts, sheetPart, copy);
        } catch (ZipException | XMLStreamException e) {
            delete(copy);
            delete(decrypted);
            throw ReadErrors.of(e, "damagedSheet", file, sheetName, 1);
        } catch (IOException e) {
            delete(copy);
            delete(decrypted);
            throw ReadErrors.io(file, e);
        }
        // The decrypted original is no longer needed once copied.
        delete(decrypted);
        return new ReadableXlsx(copy, styled, copy);
    }

    Path path() {
        return path;
    }

    /** False for a workbook without a styles part: fastexcel must then not look for cell formats. */
    boolean styled() {
        return styled;
    }

    @Override
    public void close() {
        Arrays.stream(temporary).forEach(ReadableXlsx::delete);
    }

    static void delete(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A file in the system's temporary folder, which the system clears; nothing the user can act on.
        }
    }

    /** A package whose parts could not be listed is left for the reader to judge, styles and all. */
    private static boolean styled(WorkbookParts parts) {
        return parts == null || parts.styles() != null;
    }

    private static boolean isEncrypted(Path file) throws CxLensException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(OLE2.length), OLE2);
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }

    private static boolean hasStyles(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return styled(WorkbookParts.read(zipFile, zip));
        } catch (IOException | XMLStreamException e) {
            // Damage is for the reader to report, with the same words as for any damaged workbook.
            return true;
        }
    }
}
