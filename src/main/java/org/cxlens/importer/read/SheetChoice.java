package org.cxlens.importer.read;

import java.nio.file.Path;
import java.util.List;
import org.cxlens.domain.CxLensException;

/**
 * Which sheet of a workbook to read: the one asked for (hidden or not), else the first visible
 * one, since a hidden first sheet is typically a lookup table or an export's raw codes and not
 * what the user sees on opening the file.
 */
public final class SheetChoice {

    private SheetChoice() {
    }

    public static String resolve(Path file, String requested, List<WorkbookSheet> sheets) throws CxLensException {
        if (sheets.isEmpty()) {
            throw ReadErrors.of("noSheets", file);
        }
        List<String> names = WorkbookSheet.names(sheets);
        if (requested == null) {
            // Excel refuses to hide every sheet, but other writers do not: then the first one is all there is.
            return sheets.stream().filter(s -> !s.hidden()).findFirst().orElse(sheets.get(0)).name();
        }
        if (names.contains(requested)) {
            return requested;
        }
        throw ReadErrors.of("unknownSheet", file, requested, String.join(", ", names));
    }
}
