package org.cxlens.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.sample.DemoData;
import org.cxlens.storage.ProjectFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in demo project: synthetic data of an eight-touchpoint journey, imported once into
 * the user's CX Lens folder with the touchpoints' departments and moment types set, exactly as a
 * consultant's import would be.
 */
final class DemoProject {

    /** The survey file the demo project says its respondents came from. */
    private static final String DEMO_SURVEY = "demo-survey.csv";

    private static final Logger LOG = LoggerFactory.getLogger(DemoProject.class);
    static final String FILE_NAME = "demo.cxlens";

    private DemoProject() {
    }

    /** Returns the demo project in the folder, creating it when missing or unreadable. */
    static Path ensure(Path folder, Progress progress) throws CxLensException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (ProjectFile existing = ProjectFile.open(file)) {
                return file;
            } catch (CxLensException e) {
                LOG.warn("Demo project {} cannot be opened ({}); making it again", file, e.getMessage());
            }
        }
        Path csv = null;
        Path part = folder.resolve(FILE_NAME + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(part);
            // A fixed name: the project records it as every respondent's source file, shown in drill-downs.
            csv = Files.createTempDirectory("cxlens-demo").resolve(DEMO_SURVEY);
            DemoData.write(csv, progress);
            Mapping mapping = mapping(csv);
            try (ProjectFile project = ProjectFile.create(part)) {
                SurveyImport.run(csv, ReadOptions.DETECT, mapping, false, project, progress);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new CxLensException(Message.of("app.demo.failed", folder, e.getMessage()), e);
        } finally {
            deleteQuietly(csv);
            deleteQuietly(csv == null ? null : csv.getParent());
            deleteQuietly(part);
        }
    }

    /** The suggested mapping with the catalogue the demo data was generated from. */
    private static Mapping mapping(Path csv) throws CxLensException {
        Preview preview = SurveyFiles.preview(csv, ReadOptions.DETECT);
        return new MappingSuggester().suggest(preview, SurveyFiles.profile(csv, preview)).mapping()
                .withCatalogue(DemoData.touchpoints());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
