package org.cxlens.importer.read;

import java.nio.file.Path;
import java.util.List;
import org.cxlens.domain.CxLensException;

/** Which sheet of a workbook to read: the one asked for, else the first. */
public final class SheetChoice {

    private SheetChoice() {
    }

    public static String resolve(Path file, String requested, List<String> sheets) throws CxLensException {
        if (sheets.isEmpty()) {
            throw ReadErrors.of("noSheets", file);
        }
        if (requested == null) {
            return sheets.get(0);
        }
        if (sheets.contains(requested)) {
            return requested;
        }
        throw ReadErrors.of("unknownSheet", file, requested, String.join(", ", sheets));
    }
}
