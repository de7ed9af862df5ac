package org.cxlens.domain;

/** Thrown when long work stops because the user cancelled it; nothing was changed. */
public class CancelledException extends CxLensException {

    public CancelledException() {
        super(Message.of("common.cancelled"));
    }
}
