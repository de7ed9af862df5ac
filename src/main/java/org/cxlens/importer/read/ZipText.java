package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The start of a text part of a workbook's zip (workbook.xml, a sheet), read without the workbook
 * reader and within {@link WorkbookLimits}.
 */
final class ZipText {

    private ZipText() {
    }

    /** At most {@code limit} bytes of the part as UTF-8, or null when the zip has no such part. */
    static String read(Path file, ZipFile zip, String name, int limit) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = ZipParts.open(file, zip, entry)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }
}
