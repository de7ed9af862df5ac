package org.cxlens.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;

/**
 * Writes synthetic survey files. A file appears only when complete: the data goes to a temporary
 * file beside the target ({@code name.part}), which replaces the target at the end, so a failure or a cancel leaves
 * any existing file untouched.
 */
public final class SampleFiles {

    /** Seed of {@code cxlens sample} when none is given. */
    public static final long DEFAULT_SEED = 42L;

    private SampleFiles() {
    }

    /** Writes all respondents of the generator to the file in the given layout. */
    public static void write(SampleLayout layout, SurveyGenerator respondents, Path file, Progress progress)
            throws CxLensException {
        Path target = file.toAbsolutePath();
        Path part = null;
        try {
            Files.createDirectories(target.getParent());
            part = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                layout.writer().write(out, respondents, progress);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            removePartial(part, e);
            throw new CxLensException(Message.of("sample.write.failed", target, describe(e)), e);
        } catch (CancelledException | RuntimeException e) {
            removePartial(part, e);
            throw e;
        }
    }

    /**
     * The data of {@code cxlens sample}: plain wide CSV or XLSX with the 15-touchpoint journey,
     * two waves, English labels and comments from 10 % of respondents.
     */
    public static void writePlainWide(Path file, SampleLayout layout, int respondents, long seed, Progress progress)
            throws CxLensException {
        if (layout != SampleLayout.PLAIN_CSV && layout != SampleLayout.PLAIN_XLSX) {
            throw new IllegalArgumentException("plain wide layouts only: " + layout);
        }
        GeneratorOptions options = GeneratorOptions.of(Language.ENGLISH).withCommentRate(0.10);
        write(layout, new SurveyGenerator(Journey.extended(), options, seed, respondents), file, progress);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Removes a partial file; a failure to do so is attached to the failure that caused it. */
    private static void removePartial(Path part, Exception cause) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
