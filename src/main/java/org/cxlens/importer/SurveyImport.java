package org.cxlens.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.ImportTarget;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.load.SurveyImporter;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.importer.mapping.Suggestion;

/**
 * One import from start to end: fingerprint the file, refuse a file imported before (unless
 * forced), read it with the given or suggested mapping, and commit everything in one transaction
 * of the target. Any failure or a cancel leaves the target as it was.
 */
public final class SurveyImport {

    /** What an import did, for the CLI and the wizard's result page. */
    /**
     * @param suggestion the suggestion the import used, with its evidence and warnings; null when
     *                   a mapping was given
     */
    public record Result(long importId, ImportCounts counts, Preview preview, Mapping mapping, Suggestion suggestion) {
    }

    private SurveyImport() {
    }

    /** An import without a wave for the whole file. */
    public static Result run(Path file, ReadOptions options, Mapping mapping, boolean force, ImportTarget target,
                             Progress progress) throws CxLensException {
        return run(file, options, mapping, null, force, target, progress);
    }

    /**
     * The dialect parts given in the options (the command line) win over those of the mapping
     * file, which win over detection; the mapping stored with the import records the options' parts.
     *
     * @param mapping the mapping to use, or null to use the suggestion for this file
     * @param wave    the wave of every respondent of this file, or null to take it from the mapped wave column
     * @param force   import even when a file with the same content was imported before
     */
    public static Result run(Path file, ReadOptions options, Mapping mapping, String wave, boolean force,
                             ImportTarget target, Progress progress) throws CxLensException {
        ReadOptions read = readOptions(options, mapping);
        DialectOverrides given = (options == null ? ReadOptions.DETECT : options).overrides();
        // The preview comes first: it gives the clearest message for a missing, empty or foreign file.
        Preview preview = SurveyFiles.preview(file, read);
        SurveyFiles.requireDataRows(file, preview);
        String sha256 = sha256(file);
        Optional<ImportInfo> earlier = target.importWithSha256(sha256);
        if (earlier.isPresent() && !force) {
            ImportInfo info = earlier.get();
            throw new CxLensException(Message.of("importer.import.duplicateFile", file.getFileName().toString(),
                    info.id(), info.fileName(),
                    DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault()).format(info.importedAt())));
        }
        Suggestion suggestion = mapping != null ? null
                : new MappingSuggester().suggest(preview, SurveyFiles.profile(file, preview));
        Mapping used = mappingFor(file, preview, mapping != null ? mapping : suggestion.mapping())
                .withDialectOverrides(given);
        ImportMeta meta = new ImportMeta(file.getFileName().toString(), sha256, preview.sheet(),
                MappingProfile.toJson(used), Instant.now(),
                used.scaleOf(ColumnRole.OVERALL_SATISFACTION), used.scaleOf(ColumnRole.RECOMMEND));
        try (ImportSink sink = target.begin(meta); RowSource rows = SurveyFiles.openData(file, preview)) {
            ImportCounts counts = new SurveyImporter(wave).run(preview, rows, used, sink, progress);
            long id = sink.commit(counts, progress);
            return new Result(id, counts, preview, used, suggestion);
        }
    }

    /**
     * How a file is read for an import with this mapping: the options' choices first, then the
     * mapping's header layout and dialect parts, the rest detected.
     *
     * @param mapping the mapping to use, or null for the suggestion
     */
    public static ReadOptions readOptions(ReadOptions options, Mapping mapping) {
        ReadOptions read = options == null ? ReadOptions.DETECT : options;
        if (mapping != null && read.layout() == null && mapping.layout() != null) {
            read = read.withLayout(mapping.layout());
        }
        if (mapping != null) {
            read = read.withOverrides(read.overrides().over(mapping.dialectOverrides()));
        }
        return read;
    }

    /** The mapping with its column patterns expanded for this file; refused when it names a column the file lacks. */
    public static Mapping mappingFor(Path file, Preview preview, Mapping mapping) throws CxLensException {
        Mapping resolved = mapping.resolvedFor(preview.columns());
        requireMappedColumns(resolved, preview, file);
        return resolved;
    }

    /**
     * A saved profile used on the wrong file (or on a wave that lacks a column) is refused with the
     * file's name, before anything is written.
     */
    private static void requireMappedColumns(Mapping mapping, Preview preview, Path file) throws CxLensException {
        Set<String> names = new HashSet<>();
        for (SourceColumn c : preview.columns()) {
            names.add(c.name());
        }
        for (ColumnMapping c : mapping.columns()) {
            if (!names.contains(c.column())) {
                String where = file.getFileName() + (preview.sheet() == null ? "" : " [" + preview.sheet() + "]");
                throw new CxLensException(Message.of("importer.import.unknownColumn", c.column(), where));
            }
        }
    }

    /** Hex SHA-256 of the file's bytes: the same export imported twice is recognised. */
    static String sha256(Path file) throws CxLensException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new CxLensException(Message.of("importer.read.ioError", file.toString(), e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
