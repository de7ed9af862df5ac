package org.cxlens.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The last row number a worksheet declares in its {@code <dimension ref="A1:T100001"/>} element,
 * read from the start of the sheet's XML so progress can be shown while streaming. Optional
 * information: streaming writers (fastexcel among them) write a bare {@code ref="A1"}, and such a
 * workbook simply shows no progress until the end.
 */
final class SheetExtent {

    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");
    private static final int SHEET_HEAD = 4096;

    private SheetExtent() {
    }

    /** The declared last row, or 0 when the workbook does not say. */
    static int lastRow(Path file, String relationshipId) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String rels = ZipText.read(file, zip, "xl/_rels/workbook.xml.rels", Integer.MAX_VALUE);
            if (rels == null) {
                return 0;
            }
            Matcher rel = RELATIONSHIP.matcher(rels);
            while (rel.find()) {
                Matcher id = ID.matcher(rel.group());
                Matcher target = TARGET.matcher(rel.group());
                if (id.find() && id.group(1).equals(relationshipId) && target.find()) {
                    String t = target.group(1);
                    String part = t.startsWith("/") ? t.substring(1) : "xl/" + t;
                    String head = ZipText.read(file, zip, part, SHEET_HEAD);
                    Matcher dim = head == null ? null : DIMENSION.matcher(head);
                    return dim != null && dim.find() ? Integer.parseInt(dim.group(1)) : 0;
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            // Progress is a nicety: the real reader reports any damage in the file itself.
            return 0;
        }
    }
}
