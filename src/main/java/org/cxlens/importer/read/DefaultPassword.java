package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cxlens.domain.CxLensException;

/**
 * Workbooks encrypted with Excel's built-in password "VelvetSweatshop". Excel uses it when a workbook
 * is only protected against changes (a password to modify, a protected structure), and opens such a
 * file without asking; so must we. An .xls file needs nothing from here: POI's HSSF tries this
 * password itself when no other is set. An encrypted .xlsx is an OLE2 container holding the
 * encrypted package, which is decrypted here into a temporary file.
 */
final class DefaultPassword {

    private DefaultPassword() {
    }

    /** Whether the OLE2 file holds an encrypted OOXML package that the default password opens. */
    static boolean opens(POIFSFileSystem fs) {
        try {
            return decryptor(fs).verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (IOException | GeneralSecurityException | EncryptedDocumentException e) {
            // An encryption POI does not know is, to the user, a password it cannot open.
            return false;
        }
    }

    /**
     * The decrypted package in a new temporary file (readable by this user only), which the caller
     * deletes. Only for a file {@link #opens} accepted.
     */
    static Path decrypt(Path file) throws CxLensException {
        Path target = null;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = decryptor(fs);
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw ReadErrors.of("passwordProtected", file);
            }
            target = Files.createTempFile("cxlens-decrypted-", ".xlsx");
            try (InputStream in = decryptor.getDataStream(fs)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (CxLensException e) {
            throw e;
        } catch (IOException e) {
            ReadableXlsx.delete(target);
            throw ReadErrors.io(file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            ReadableXlsx.delete(target);
            throw ReadErrors.of(e, "damagedWorkbook", file);
        }
    }

    private static Decryptor decryptor(POIFSFileSystem fs) throws IOException {
        return Decryptor.getInstance(new EncryptionInfo(fs));
    }
}
