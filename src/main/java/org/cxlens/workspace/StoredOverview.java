package org.cxlens.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.storage.ProjectFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unfiltered overview's figures as the project file keeps them (ADR 0010): JSON of the
 * engine's records, under a key that joins the file's fingerprint with what this program brings
 * to the figures (its figures format and version, the scheme, low-base minimum and weighting it
 * analyses with). Figures under another key are never read back.
 */
final class StoredOverview {

    /** Bump whenever the analysis computes any overview figure differently, or the JSON below changes. */
    static final int FORMAT = 1;

    private static final String NAME = "overview";
    private static final Logger LOG = LoggerFactory.getLogger(StoredOverview.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON's shape: the dashboard without its filter, which is always none. */
    private record Stored(ClassificationScheme scheme, int inFilter, boolean weighted, double effectiveRespondents,
                          GroupMeasure overall, Map<ClassificationSource, Integer> sources,
                          List<TouchpointMeasure> touchpoints, List<GroupMeasure> departments,
                          List<GroupMeasure> waves, Weighting weighting, AnalysisSettings settings, long respondents,
                          int imports) {
    }

    private StoredOverview() {
    }

    /** The key figures of this file, analysed this way, are stored under. */
    static String key(ProjectFile file, ClassificationScheme scheme, AnalysisSettings settings,
                      List<String> weightColumns) throws CxLensException {
        String version = StoredOverview.class.getPackage().getImplementationVersion();
        String mine = String.join("\n", "format " + FORMAT, "version " + version, String.valueOf(scheme),
                String.valueOf(settings), String.valueOf(weightColumns));
        return file.figuresFingerprint() + "-" + sha256(mine);
    }

    /** The stored figures' JSON under this key; empty when there are none or they are another key's. */
    static Optional<String> read(ProjectFile file, String key) throws CxLensException {
        return file.storedFigures(NAME, key);
    }

    /** The figures of {@link #read}'s JSON; empty when unreadable. Touches no file. */
    static Optional<OverviewFigures> parse(String json, Path file) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            Dashboard dashboard = new Dashboard(s.scheme(), Filter.NONE, s.inFilter(), s.weighted(),
                    s.effectiveRespondents(), s.overall(), s.sources(), s.touchpoints(), s.departments());
            return Optional.of(new OverviewFigures(dashboard, s.waves(), s.weighting(), s.settings(), s.respondents(),
                    s.imports()));
        } catch (JsonProcessingException | RuntimeException e) {
            // Only figures this program wrote match the key, so this is a bug: the open computes them instead.
            LOG.warn("Stored overview figures of {} unreadable, computing them: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the unfiltered figures under the key of the project they were computed from. */
    static void write(ProjectFile file, String key, OverviewFigures figures) throws CxLensException {
        if (!figures.dashboard().filter().equals(Filter.NONE)) {
            throw new IllegalArgumentException("only the unfiltered overview is stored");
        }
        file.storeFigures(NAME, key, json(figures));
    }

    /** Every figure as the file keeps it; the dashboard's filter left out. */
    static String json(OverviewFigures figures) {
        Dashboard d = figures.dashboard();
        Stored s = new Stored(d.scheme(), d.respondents(), d.weighted(), d.effectiveRespondents(), d.overall(),
                d.sources(), d.touchpoints(), d.departments(), figures.waves(), figures.weighting(),
                figures.settings(), figures.respondents(), figures.imports());
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the overview's records are plain JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
