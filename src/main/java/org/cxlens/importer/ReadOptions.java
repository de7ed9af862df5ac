package org.cxlens.importer;

/**
 * What the user chose (or left to detection) when reading a file.
 *
 * @param sheet   sheet name for workbooks, or null for the first sheet
 * @param dialect CSV dialect, or null to sniff it
 * @param layout  header layout, or null to detect it
 */
public record ReadOptions(String sheet, CsvDialect dialect, HeaderLayout layout) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null);

    public ReadOptions withSheet(String s) {
        return new ReadOptions(s, dialect, layout);
    }
}
