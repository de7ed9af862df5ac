package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Opens XLSX workbooks with fastexcel so that every part it unpacks (content types,
 * relationships, workbook, styles, shared strings, sheets) passes through {@link ZipParts} and
 * stays within {@link WorkbookLimits}. fastexcel opens its own zip and takes none from outside,
 * so its private constructors are called with a zip whose streams are bounded; a fastexcel
 * release that changes them fails every XLSX test, not silently.
 */
final class GuardedWorkbooks {

    private static final String PACKAGE_CLASS = "org.dhatim.fastexcel.reader.OPCPackage";

    private GuardedWorkbooks() {
    }

    /** @param shownAs the file the user chose, named when a limit is hit ({@code zip} may be a copy of it) */
    static ReadableWorkbook open(Path zipPath, Path shownAs, ReadingOptions options) throws IOException {
        ZipFile zip = new BoundedZipFile(zipPath, shownAs);
        try {
            Class<?> packageClass = Class.forName(PACKAGE_CLASS);
            Constructor<?> newPackage = packageClass.getDeclaredConstructor(ZipFile.class, boolean.class);
            Constructor<ReadableWorkbook> newWorkbook =
                    ReadableWorkbook.class.getDeclaredConstructor(packageClass, ReadingOptions.class);
            newPackage.setAccessible(true);
            newWorkbook.setAccessible(true);
            return newWorkbook.newInstance(newPackage.newInstance(zip, options.isWithCellFormat()), options);
        } catch (InvocationTargetException e) {
            zip.close();
            throw rethrown(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            zip.close();
            throw new IllegalStateException("fastexcel-reader no longer has the constructors this class calls", e);
        }
    }

    private static IOException rethrown(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** A zip whose part streams are bounded. */
    private static final class BoundedZipFile extends ZipFile {

        private final Path file;

        @SuppressWarnings("deprecation") // the builder that replaces this constructor cannot make a subclass
        BoundedZipFile(Path zipPath, Path shownAs) throws IOException {
            super(zipPath);
            this.file = shownAs;
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            InputStream in = super.getInputStream(entry);
            if (in == null) {
                return null;
            }
            InputStream bounded = ZipParts.guard(file, entry.getName(), entry.getSize(), entry.getCompressedSize(), in);
            return CellPositionGuard.guards(entry.getName()) ? new CellPositionGuard(bounded, file, entry.getName()) : bounded;
        }
    }
}
