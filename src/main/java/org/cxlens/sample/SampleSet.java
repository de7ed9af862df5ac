package org.cxlens.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;

/** The four sample files shipped under {@code samples/}, always generated the same way. */
public final class SampleSet {

    /**
     * One shipped sample.
     *
     * @param fileName    name under the samples directory
     * @param respondents number of respondents generated
     */
    public record SampleFile(String fileName, SampleLayout layout, Journey journey, GeneratorOptions options,
                             int respondents, long seed) {

        public SurveyGenerator generator() {
            return new SurveyGenerator(journey, options, seed, respondents);
        }
    }

    private SampleSet() {
    }

    public static List<SampleFile> files() {
        GeneratorOptions english = GeneratorOptions.of(Language.ENGLISH);
        return List.of(
                new SampleFile("qualtrics-export.csv", SampleLayout.QUALTRICS_CSV, Journey.compact(),
                        english.withPersonalData(), 800, 1001L),
                new SampleFile("surveymonkey-export.xlsx", SampleLayout.SURVEYMONKEY_XLSX, Journey.standard(),
                        english.withPersonalData(), 600, 1002L),
                new SampleFile("dutch-export.csv", SampleLayout.DUTCH_CSV, Journey.standard(),
                        GeneratorOptions.of(Language.DUTCH), 1000, 1003L),
                new SampleFile("long-format.xlsx", SampleLayout.LONG_XLSX, Journey.standard(), english, 400, 1004L));
    }

    /** Writes every sample into the directory (created if needed) and returns the files written. */
    public static List<Path> writeAll(Path dir) throws CxLensException {
        List<Path> written = new ArrayList<>();
        for (SampleFile sample : files()) {
            Path file = dir.resolve(sample.fileName());
            SampleFiles.write(sample.layout(), sample.generator(), file, Progress.NONE);
            written.add(file);
        }
        return written;
    }
}
