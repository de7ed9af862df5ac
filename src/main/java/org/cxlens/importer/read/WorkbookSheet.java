package org.cxlens.importer.read;

import java.util.List;

/** A sheet of a workbook as its list of tabs shows it: name, and whether Excel hides the tab. */
public record WorkbookSheet(String name, boolean hidden) {

    public static List<String> names(List<WorkbookSheet> sheets) {
        return sheets.stream().map(WorkbookSheet::name).toList();
    }
}
