package org.cxlens.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Whether an XLSX workbook counts dates from 1904 (old Mac Excel) instead of 1900. The flag is an
 * XML Schema boolean, so writers put {@code date1904="1"} as often as {@code "true"}; fastexcel
 * reads it with {@link Boolean#parseBoolean} and misses the "1", which shifts every date four years.
 */
final class DateSystem {

    private static final Pattern OFFICE_DOCUMENT = Pattern.compile(
            "<Relationship\\b[^>]*\\bType=\"[^\"]*/officeDocument\"[^>]*>");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final Pattern WORKBOOK_PROPERTIES = Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*>");
    private static final Pattern DATE_1904 = Pattern.compile("\\bdate1904\\s*=\\s*[\"']\\s*(\\w+)\\s*[\"']");
    /** workbookPr comes before the sheet list, near the start of workbook.xml. */
    private static final int WORKBOOK_HEAD = 64 * 1024;

    private DateSystem() {
    }

    /** True for the 1904 date system; a workbook without a readable flag uses 1900, as Excel assumes. */
    static boolean uses1904(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String head = ZipText.read(file, zip, workbookPart(file, zip), WORKBOOK_HEAD);
            return head != null && uses1904(head);
        } catch (IOException | RuntimeException e) {
            // The reader itself reports a damaged workbook; here the default is all that can be said.
            return false;
        }
    }

    /** The workbook part the package relationships name (xl/workbook.xml for every common writer). */
    private static String workbookPart(Path file, ZipFile zip) throws IOException {
        String rels = ZipText.read(file, zip, "_rels/.rels", Integer.MAX_VALUE);
        Matcher relationship = rels == null ? null : OFFICE_DOCUMENT.matcher(rels);
        if (relationship != null && relationship.find()) {
            Matcher target = TARGET.matcher(relationship.group());
            if (target.find()) {
                String t = target.group(1);
                return t.startsWith("/") ? t.substring(1) : t;
            }
        }
        return "xl/workbook.xml";
    }

    static boolean uses1904(String workbookXml) {
        Matcher properties = WORKBOOK_PROPERTIES.matcher(workbookXml);
        if (!properties.find()) {
            return false;
        }
        Matcher flag = DATE_1904.matcher(properties.group());
        return flag.find() && (flag.group(1).equals("1") || flag.group(1).equalsIgnoreCase("true"));
    }
}
