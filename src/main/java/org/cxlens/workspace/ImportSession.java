package org.cxlens.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.ListRowSource;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.load.SurveyImporter;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.importer.mapping.Suggestion;
import org.cxlens.storage.ProjectFile;

/**
 * One survey file on its way into a project, step by step as the import wizard and the
 * {@code import} and {@code suggest} commands take it: its sheets, a preview under the user's
 * reading choices, the suggested mapping, a check of the whole file without writing anything,
 * and the import itself. Each step may take long; all take a {@link Progress} or are bounded.
 */
public final class ImportSession {

    private final Path file;

    public ImportSession(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Every sheet of a workbook with its data rows (empty for CSV); counting streams each sheet once. */
    public List<SheetRows> sheets(Progress progress) throws CxLensException {
        List<String> names = SurveyFiles.sheetNames(file);
        List<SheetRows> out = new ArrayList<>();
        for (String name : names) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            out.add(new SheetRows(name, dataRows(name)));
            progress.update(out.size(), names.size());
        }
        return out;
    }

    private long dataRows(String sheet) throws CxLensException {
        Preview preview;
        try {
            preview = SurveyFiles.preview(file, ReadOptions.DETECT.withSheet(sheet));
        } catch (CxLensException e) {
            // An empty or unreadable sheet is listed with no rows; choosing it shows why.
            return 0;
        }
        long n = 0;
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            while (rows.next() != null) {
                n++;
            }
        }
        return n;
    }

    /** The first rows as the importer reads them with these choices, the rest detected. */
    public Preview preview(ReadOptions options) throws CxLensException {
        return SurveyFiles.preview(file, options);
    }

    /**
     * The suggested mapping with its evidence, from the values of the whole file (a spread
     * sample of a large one). The dialect parts the user fixed go into the mapping, so an import
     * with it reads the file the same way.
     */
    public SuggestedMapping suggest(Preview preview, DialectOverrides fixed) throws CxLensException {
        var profile = SurveyFiles.profile(file, preview);
        Suggestion found = new MappingSuggester().suggest(preview, profile);
        return new SuggestedMapping(found.withMapping(found.mapping().withDialectOverrides(fixed)), profile);
    }

    /**
     * What importing the whole file with this mapping would give: counts, problems by reason and
     * unknown answer labels. Nothing is written; it throws what the import would throw for a
     * mapping that does not fit the file.
     *
     * @param wave the wave of every respondent, or null to take it from the mapped wave column
     * @param into the project the file goes into, whose touchpoints' scales it must keep; null for a new one
     */
    public ImportCheck check(ReadOptions options, Mapping mapping, String wave, OpenProject into, Progress progress)
            throws CxLensException {
        Preview preview = SurveyFiles.preview(file, SurveyImport.readOptions(options, mapping));
        SurveyFiles.requireDataRows(file, preview);
        Mapping used = SurveyImport.mappingFor(file, preview, mapping);
        CheckingSink sink = new CheckingSink(used, into == null ? Map.of() : into.touchpointsByName());
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            ImportCounts counts = new SurveyImporter(wave).run(preview, rows, used, sink, progress);
            return sink.result(counts);
        }
    }

    /** The same check over the preview's first rows only: quick enough to repeat after every edit of the mapping. */
    public ImportCheck checkSample(Preview preview, Mapping mapping) throws CxLensException {
        Mapping used = SurveyImport.mappingFor(file, preview, mapping);
        CheckingSink sink = new CheckingSink(used, Map.of());
        ImportCounts counts = new SurveyImporter().run(preview, new ListRowSource(preview.sampleRows()), used, sink,
                Progress.NONE);
        return sink.result(counts);
    }

    /**
     * Imports into the project file at {@code project}, creating it when it does not exist. A
     * project created here is removed again when the import fails or is cancelled, so no
     * half-made file is left behind; an existing one is left as it was.
     *
     * @param mapping       the mapping, or null for the suggested one
     * @param problemsShown how many of the import's first problems to return
     */
    public Imported importInto(Path project, ReadOptions options, Mapping mapping, String wave, boolean force,
                               Progress progress, int problemsShown) throws CxLensException {
        boolean created = !Files.exists(project);
        try (ProjectFile target = created ? ProjectFile.create(project) : ProjectFile.open(project)) {
            target.requireWritable();
            SurveyImport.Result result = SurveyImport.run(file, options, mapping, wave, force, target, progress);
            return new Imported(project, created, result, target.problems(result.importId(), problemsShown));
        } catch (CxLensException | RuntimeException | Error e) {
            if (created) {
                ProjectFiles.deleteQuietly(project);
            }
            throw e;
        }
    }

    /** Imports into a project open in the app; the project must be opened again to show the new respondents. */
    public Imported importInto(OpenProject project, ReadOptions options, Mapping mapping, String wave, boolean force,
                               Progress progress, int problemsShown) throws CxLensException {
        return project.importFile(file, options, mapping, wave, force, progress, problemsShown);
    }

    /**
     * The mapping of the project's latest import that names at least half of its columns as the
     * file has them, with the new and missing columns; empty when no earlier import fits.
     */
    public Optional<ProfileMatch> earlierMapping(Preview preview, OpenProject project) throws CxLensException {
        Map<ImportInfo, String> stored = project.importMappings();
        ProfileMatch best = null;
        double bestShare = 0;
        for (Map.Entry<ImportInfo, String> e : stored.entrySet()) {
            Mapping m;
            try {
                m = MappingProfile.fromJson(e.getValue(), e.getKey().fileName());
            } catch (CxLensException unreadable) {
                continue;
            }
            ProfileMatch match = compare(preview, e.getKey().fileName(), e.getKey().importedAt(), m);
            int named = m.columns().size();
            double share = named == 0 ? 0 : (named - match.missingColumns().size()) / (double) named;
            // Later imports win ties: the latest wave's mapping is the one to continue.
            if (share >= 0.5 && share >= bestShare) {
                best = match;
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How a mapping (an earlier import's, or a loaded profile) fits the previewed file: its column
     * patterns expanded, the file's columns it does not name and the columns it names the file lacks.
     *
     * @param source     the file the mapping was made for (or the profile's file name)
     * @param importedAt when that import was made, or null for a profile
     */
    public static ProfileMatch compare(Preview preview, String source, Instant importedAt, Mapping stored) {
        Mapping mapping = stored.resolvedFor(preview.columns());
        Set<String> fileColumns = new HashSet<>();
        preview.columns().forEach(c -> fileColumns.add(c.name()));
        List<String> missing = new ArrayList<>();
        for (ColumnMapping c : mapping.columns()) {
            if (!fileColumns.contains(c.column())) {
                missing.add(c.column());
            }
        }
        List<String> added = new ArrayList<>();
        for (SourceColumn f : preview.columns()) {
            if (mapping.column(f.name()) == null) {
                added.add(f.name());
            }
        }
        return new ProfileMatch(source, importedAt, mapping, added, missing);
    }

    /** Writes the mapping as {@code cxlens suggest} does: the profile {@code --mapping} reads, with the evidence. */
    public static void saveProfile(Suggestion suggestion, Mapping mapping, Path target) throws CxLensException {
        String json = MappingProfile.toJson(suggestion.withMapping(mapping));
        try {
            Files.writeString(target, json + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CxLensException(Message.of("importer.profile.writeFailed", target.toString(), e.getMessage()), e);
        }
    }

    public static Mapping loadProfile(Path profile) throws CxLensException {
        return MappingProfile.read(profile);
    }
}
