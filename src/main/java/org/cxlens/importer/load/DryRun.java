package org.cxlens.importer.load;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.ListRowSource;
import org.cxlens.importer.Preview;
import org.cxlens.importer.mapping.Mapping;

/**
 * The import wizard's validation step: runs the mapping over the preview's sample rows without
 * touching a project, so the user sees counts, problems with row numbers and converted
 * respondents before importing the whole file.
 */
public final class DryRun {

    /**
     * What the sample would import as. Touchpoint slots in the respondents index {@code touchpoints};
     * their attribute values are those of the columns {@code attributes} names.
     */
    public record Result(ImportCounts counts, List<TouchpointSpec> touchpoints, List<String> attributes,
                         List<RespondentRecord> respondents, List<ImportProblem> problems) {
    }

    private DryRun() {
    }

    /** Throws the same errors the real import would for a mapping that does not fit the file. */
    public static Result of(Preview preview, Mapping mapping) throws CxLensException {
        Collecting sink = new Collecting();
        ImportCounts counts = new SurveyImporter().run(preview, new ListRowSource(preview.sampleRows()), mapping, sink,
                Progress.NONE);
        return new Result(counts, List.copyOf(sink.touchpoints), sink.attributes, List.copyOf(sink.respondents),
                List.copyOf(sink.problems));
    }

    /** Keeps everything; slots are positions in the touchpoint list, as in a new project. */
    private static final class Collecting implements ImportSink {
        final List<TouchpointSpec> touchpoints = new ArrayList<>();
        final List<RespondentRecord> respondents = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        List<String> attributes = List.of();

        @Override
        public int touchpoint(TouchpointSpec spec) {
            for (int i = 0; i < touchpoints.size(); i++) {
                if (touchpoints.get(i).name().equals(spec.name())) {
                    return i;
                }
            }
            touchpoints.add(spec);
            return touchpoints.size() - 1;
        }

        @Override
        public void attributes(List<String> names) {
            attributes = List.copyOf(names);
        }

        @Override
        public void respondent(RespondentRecord respondent) {
            respondents.add(respondent);
        }

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem);
        }

        @Override
        public long commit(ImportCounts counts) {
            throw new UnsupportedOperationException("a dry run is never committed");
        }

        @Override
        public void close() {
            // nothing was written
        }
    }
}
