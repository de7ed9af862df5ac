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
        return write(file, rows, seed, 0);
    }

    /** As {@link #write(Path, int, long)}, with a free-text comment of about {@code commentChars} characters per respondent. */
    static Path write(Path file, int rows, long seed, int commentChars) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("ResponseId,Website,Delivery,Service" + (commentChars > 0 ? ",Comment" : "") + "\n");
            long x = seed;
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                x = next(x);
                line.setLength(0);
                String hex = Long.toHexString(x >>> 4);
                line.append("R_").append("0".repeat(15 - hex.length())).append(hex)
                        .append(',').append(Math.floorMod(x >>> 20, 11))
                        .append(',').append(Math.floorMod(x >>> 28, 11))
                        .append(',').append(Math.floorMod(x >>> 36, 11));
                if (commentChars > 0) {
                    line.append(',');
                    int start = line.length();
                    while (line.length() - start < commentChars) {
                        x = next(x);
                        line.append(WORDS[(int) Math.floorMod(x >>> 33, WORDS.length)]).append(' ');
                    }
                }
                w.append(line).append('\n');
            }
        }
        return file;
    }

    private static final String[] WORDS = {"delivery", "late", "friendly", "staff", "website", "slow", "quick",
            "helpful", "parcel", "invoice", "wrong", "great", "service", "again", "never", "always", "price", "order"};

    private static long next(long x) {
        return x * 6364136223846793005L + 1442695040888963407L;
    }
}
