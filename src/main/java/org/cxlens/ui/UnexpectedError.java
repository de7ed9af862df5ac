package org.cxlens.ui;

import org.cxlens.domain.Message;
import org.cxlens.workspace.ErrorLog;

/**
 * The one sentence the app shows for an error nobody foresaw (a bug, or the heap running out),
 * never a trace: the trace goes to the {@link ErrorLog}, which the sentence names.
 */
public final class UnexpectedError {

    private UnexpectedError() {
    }

    /** Writes the trace to the error log and returns the sentence that says so. */
    public static Message logged(Throwable e) {
        ErrorLog.Entry entry = ErrorLog.write("CX Lens app", e);
        Message sentence = ErrorLog.outOfMemory(e)
                ? Message.of("app.outOfMemory", ErrorLog.maxHeapMb(), entry.where())
                : Message.of("app.unexpected", ErrorLog.summary(e), entry.where());
        ErrorLog.reserve();
        return sentence;
    }
}
