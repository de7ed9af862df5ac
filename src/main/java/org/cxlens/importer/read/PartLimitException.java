package org.cxlens.importer.read;

import java.io.IOException;
import org.cxlens.domain.CxLensException;

/**
 * A workbook part that unpacks beyond {@link WorkbookLimits}: thrown from inside the zip stream,
 * through the XML parser and fastexcel, as the I/O failure they expect, and carrying the refusal
 * the user is to see ({@link ReadErrors#io}, {@link ReadErrors#damaged}).
 */
final class PartLimitException extends IOException {

    private final transient CxLensException refusal;

    PartLimitException(CxLensException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    CxLensException refusal() {
        return refusal;
    }
}
