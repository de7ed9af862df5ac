package org.cxlens.importer.read;

import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a workbook may make the readers do. A workbook is a zip of XML parts, and a few
 * megabytes of zip can unpack to gigabytes (a "zip bomb"), so every part that is read is bounded
 * in size and in how much it expands, both by the sizes the zip declares and while it unpacks
 * (the declared sizes can lie). Whatever reads a workbook uses these limits: fastexcel through
 * {@link GuardedWorkbooks}, the readers' own peeks through {@link ZipParts}, POI through
 * {@link #applyToPoi()}.
 */
public final class WorkbookLimits {

    /**
     * The most a part may unpack to its packed size. Survey sheets pack 8 to 10 times (the sample
     * files and every workbook in the development surveys); 100 is POI's own bomb threshold, so a
     * workbook refused here would be refused by POI too.
     */
    public static final int MAX_EXPANSION = 100;

    /** Below this a part is not judged on its expansion: small parts of repeated markup pack very well. */
    public static final long EXPANSION_GRACE_BYTES = 1L << 20;

    /**
     * The largest sheet, shared-strings or other workbook part: the most a zip without Zip64
     * extensions holds, POI's ceiling as well. A million-respondent sheet of 15 touchpoints is 0.7 GB.
     */
    public static final long MAX_PART_BYTES = 0xFFFF_FFFFL;

    /**
     * The largest content-types or relationships part: the package's bookkeeping, a few kilobytes
     * even in workbooks with hundreds of sheets; 16 MB holds 100,000 relationships. The readers
     * take relationships whole into memory.
     */
    public static final long MAX_PACKAGE_PART_BYTES = 16L << 20;

    private static boolean poiLimited;

    private WorkbookLimits() {
    }

    /** The size limit of a part, by its name in the zip. */
    static long maxBytes(String part) {
        return isPackagePart(part) ? MAX_PACKAGE_PART_BYTES : MAX_PART_BYTES;
    }

    /** Content types and relationships, whose names the Open Packaging Conventions fix. */
    private static boolean isPackagePart(String part) {
        return part.equalsIgnoreCase("[Content_Types].xml") || part.toLowerCase(Locale.ROOT).endsWith(".rels");
    }

    /**
     * POI's zip reading gets the same limits; its settings are global, so they are made here and
     * once. Its maximum text size is left as it is: it bounds only POI's text extractors, which
     * CX Lens does not use.
     */
    static synchronized void applyToPoi() {
        if (poiLimited) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setGraceEntrySize(EXPANSION_GRACE_BYTES);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        poiLimited = true;
    }
}
