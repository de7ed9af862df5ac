package org.cxlens.importer;

/**
 * What the user chose (or left to detection) when reading a file.
 *
 * @param sheet     sheet name for workbooks, or null for the first visible sheet
 * @param dialect   the whole CSV dialect, or null to sniff it (with the overrides)
 * @param layout    header layout, or null to detect it
 * @param overrides parts of the CSV dialect fixed by the user; used when {@code dialect} is null
 */
public record ReadOptions(String sheet, CsvDialect dialect, HeaderLayout layout, DialectOverrides overrides) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null, DialectOverrides.NONE);

    public ReadOptions {
        overrides = overrides == null ? DialectOverrides.NONE : overrides;
    }

    public ReadOptions(String sheet, CsvDialect dialect, HeaderLayout layout) {
        this(sheet, dialect, layout, DialectOverrides.NONE);
    }

    public ReadOptions withSheet(String s) {
        return new ReadOptions(s, dialect, layout, overrides);
    }

    public ReadOptions withLayout(HeaderLayout l) {
        return new ReadOptions(sheet, dialect, l, overrides);
    }

    public ReadOptions withOverrides(DialectOverrides o) {
        return new ReadOptions(sheet, dialect, layout, o);
    }
}
