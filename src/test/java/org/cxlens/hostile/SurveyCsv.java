package org.cxlens.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain wide survey CSVs made by the tests: respondent id and three touchpoints scored 0-10. */
final class SurveyCsv {

    private SurveyCsv() {
    }

    /**
     * {@code rows} respondents with Qualtrics-like ids ("R_" and 15 hex digits), which the
     * duplicate-id check must keep as text: memory that grows with the file.
     */
    static Path write(Path file, int rows, long seed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("ResponseId,Website,Delivery,Service\n");
            long x = seed;
            for (int i = 0; i < rows; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                w.write(String.format("R_%015x,%d,%d,%d\n", x >>> 4, Math.floorMod(x >>> 20, 11),
                        Math.floorMod(x >>> 28, 11), Math.floorMod(x >>> 36, 11)));
            }
        }
        return file;
    }
}
