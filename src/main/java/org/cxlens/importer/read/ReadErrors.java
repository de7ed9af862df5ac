package org.cxlens.importer.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;

/** Builds the user-facing errors of the readers (keys {@code importer.read.*}). */
public final class ReadErrors {

    private ReadErrors() {
    }

    /** The name shown to the user: the file name, which is what they picked. */
    public static String display(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public static CxLensException of(String key, Path file, Object... more) {
        return new CxLensException(Message.of("importer.read." + key, args(file, more)));
    }

    public static CxLensException of(Throwable cause, String key, Path file, Object... more) {
        return new CxLensException(Message.of("importer.read." + key, args(file, more)), cause);
    }

    /**
     * A workbook that fails to read: damaged, unless it failed on a {@link WorkbookLimits limit}
     * somewhere down the cause chain (the zip stream, the XML parser and fastexcel each wrap it).
     */
    public static CxLensException damaged(Throwable e, String key, Path file, Object... more) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PartLimitException limit) {
                return limit.refusal();
            }
        }
        return of(e, key, file, more);
    }

    /** An I/O failure while opening or reading, told apart by what the user can do about it. */
    public static CxLensException io(Path file, IOException e) {
        if (e instanceof PartLimitException limit) {
            return limit.refusal();
        }
        if (e instanceof NoSuchFileException) {
            return of(e, "notFound", file);
        }
        if (e instanceof AccessDeniedException) {
            return of(e, "accessDenied", file);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return of(e, "ioError", file, detail);
    }

    private static Object[] args(Path file, Object[] more) {
        Object[] all = new Object[more.length + 1];
        all[0] = display(file);
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }
}
