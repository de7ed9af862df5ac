package org.cxlens.cli;

import java.nio.file.Path;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.sample.ReferenceData;

/**
 * The mapping a consultant would use for the reference data: the suggestion plus the touchpoint
 * catalogue (departments, moment types), so benchmarks measure a project with departments.
 */
final class ReferenceMapping {

    private ReferenceMapping() {
    }

    static Mapping of(Path file) throws CxLensException {
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        return new MappingSuggester().suggest(preview, SurveyFiles.profile(file, preview)).mapping()
                .withCatalogue(ReferenceData.touchpoints());
    }
}
