package org.cxlens.importer.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Workbook parts read within {@link WorkbookLimits}: judged first on the sizes the zip's central
 * directory declares, then again while they unpack, because a made zip can declare anything.
 */
final class ZipParts {

    private ZipParts() {
    }

    static InputStream open(Path file, ZipFile zip, ZipEntry entry) throws IOException {
        return guard(file, entry.getName(), entry.getSize(), entry.getCompressedSize(), zip.getInputStream(entry));
    }

    /**
     * @param declaredSize the unpacked size the zip declares, -1 when unknown
     * @param packedSize the packed size the zip declares: the zip readers read no more than this
     * @param unpacking the part's unpacking stream, closed here when the declared sizes refuse it
     */
    static InputStream guard(Path file, String part, long declaredSize, long packedSize, InputStream unpacking)
            throws PartLimitException {
        Bounded bounded = new Bounded(unpacking, file, part, packedSize);
        try {
            bounded.check(declaredSize, packedSize);
        } catch (PartLimitException e) {
            try {
                unpacking.close();
            } catch (IOException ignored) {
                // The refusal is what the user is to see.
            }
            throw e;
        }
        return bounded;
    }

    /** Counts what a part unpacks to and stops it at its size limit or at too large an expansion. */
    private static final class Bounded extends FilterInputStream {

        private final Path file;
        private final String part;
        private final long maxBytes;
        private final long packedSize;
        /** The packed bytes consumed so far, where the stream tells (commons-compress does). */
        private final InputStreamStatistics statistics;
        private long unpacked;

        Bounded(InputStream in, Path file, String part, long packedSize) {
            super(in);
            this.file = file;
            this.part = part;
            this.maxBytes = WorkbookLimits.maxBytes(part);
            this.packedSize = packedSize;
            this.statistics = in instanceof InputStreamStatistics s ? s : null;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) throws PartLimitException {
            unpacked += n;
            check(unpacked, statistics == null ? packedSize : statistics.getCompressedCount());
        }

        void check(long size, long packed) throws PartLimitException {
            if (size > maxBytes) {
                throw new PartLimitException(ReadErrors.of("partTooLarge", file, part, megabytes(maxBytes)));
            }
            if (size > WorkbookLimits.EXPANSION_GRACE_BYTES && packed >= 0
                    && size > WorkbookLimits.MAX_EXPANSION * Math.max(packed, 1)) {
                throw new PartLimitException(ReadErrors.of("partExpands", file, part, WorkbookLimits.MAX_EXPANSION));
            }
        }

        private static long megabytes(long bytes) {
            return (bytes + (1 << 20) - 1) >> 20;
        }
    }
}
