package org.cxlens.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's reference data: 1,000,000 respondents × 15 touchpoints as plain wide CSV and
 * 100,000 respondents with the same columns as plain wide XLSX ({@link SampleFiles#writePlainWide}).
 */
public final class ReferenceData {

    public static final int CSV_RESPONDENTS = 1_000_000;
    public static final int XLSX_RESPONDENTS = 100_000;
    public static final String CSV_FILE = "reference-1m.csv";
    public static final String XLSX_FILE = "reference-100k.xlsx";
    public static final long SEED = 7L;

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

    /** What was written and how long it took. */
    public record Written(Path file, int respondents, long bytes, Duration elapsed) {
    }

    private ReferenceData() {
    }

    /** The fifteen reference touchpoints with departments, moment types and journey order, on 0–10. */
    public static List<TouchpointSpec> touchpoints() {
        return Journey.extended().touchpointSpecs(Language.ENGLISH, Scale.of(0, 10));
    }

    /** Writes both files into the directory and returns them with their sizes and write times. */
    public static List<Written> write(Path dir, Progress progress) throws CxLensException {
        return List.of(write(dir.resolve(CSV_FILE), SampleLayout.PLAIN_CSV, CSV_RESPONDENTS, progress),
                write(dir.resolve(XLSX_FILE), SampleLayout.PLAIN_XLSX, XLSX_RESPONDENTS, progress));
    }

    private static Written write(Path file, SampleLayout layout, int respondents, Progress progress)
            throws CxLensException {
        long started = System.nanoTime();
        SampleFiles.writePlainWide(file, layout, respondents, SEED, progress);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new CxLensException(Message.of("sample.write.failed", file, e.getMessage()), e);
        }
        LOG.info("Wrote {} respondents to {} ({} bytes) in {} ms", respondents, file, bytes, elapsed.toMillis());
        return new Written(file, respondents, bytes, elapsed);
    }
}
