package org.cxlens.cli;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;

/**
 * The importer's refusal of an empty sheet in a workbook with rows on other sheets, told with the
 * way out on the command line: {@code --sheet}. The app's wizard lists the sheets instead.
 */
final class SheetOptionHint {

    private static final String ROWS_ELSEWHERE = "importer.read.noRowsInSheetRowsElsewhere";

    private SheetOptionHint() {
    }

    static CxLensException added(CxLensException e) {
        if (!e.userMessage().key().equals(ROWS_ELSEWHERE)) {
            return e;
        }
        return new CxLensException(Message.of("cli.import.noRowsInSheetRowsElsewhere", e.userMessage().args()), e);
    }
}
