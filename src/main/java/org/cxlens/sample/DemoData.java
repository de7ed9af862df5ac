package org.cxlens.sample;

import java.nio.file.Path;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;

/**
 * Data of the app's demo project: 1,500 respondents of the eight-touchpoint journey in the plain
 * wide CSV layout (RespondentID, Wave, Date, one 0–10 column per touchpoint, Overall satisfaction
 * 0–10, Recommend 0–10, Region, Channel, Customer type, Comment), two waves, English.
 */
public final class DemoData {

    public static final int RESPONDENTS = 1_500;
    public static final long SEED = 2025L;

    private DemoData() {
    }

    /** Writes the demo data as CSV to the given file and returns it. */
    public static Path write(Path file, Progress progress) throws CxLensException {
        SurveyGenerator generator = new SurveyGenerator(Journey.standard(), GeneratorOptions.of(Language.ENGLISH),
                SEED, RESPONDENTS);
        SampleFiles.write(SampleLayout.PLAIN_CSV, generator, file, progress);
        return file;
    }

    /**
     * The demo touchpoints with their departments, moment types and journey order, on 0–10; the
     * column of each is named after the touchpoint.
     */
    public static List<TouchpointSpec> touchpoints() {
        return Journey.standard().touchpointSpecs(Language.ENGLISH, Scale.of(0, 10));
    }
}
