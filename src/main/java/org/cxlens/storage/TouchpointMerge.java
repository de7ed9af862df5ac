package org.cxlens.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ChangeKind;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Merges two touchpoints that are one experience named differently (two waves, two spellings):
 * the answers of the one merged away move to the slot of the one kept, its slot is removed from
 * every packed column and the later slots move down one, all in one transaction with its log line.
 *
 * <p>A respondent who answered both would have two answers for one experience; rather than pick
 * one silently, the merge is refused and says how many respondents that is.
 */
final class TouchpointMerge {

    private TouchpointMerge() {
    }

    static void merge(ProjectFile project, Connection c, long fromId, long intoId) throws CxLensException {
        List<Touchpoint> catalogue = TouchpointCatalogue.read(project, c);
        Touchpoint from = find(project, catalogue, fromId);
        Touchpoint into = find(project, catalogue, intoId);
        if (from.id() == into.id()) {
            throw new CxLensException(Message.of("storage.touchpoint.mergeSelf", from.name()));
        }
        if (!from.scale().equals(into.scale())) {
            throw new CxLensException(Message.of("storage.touchpoint.mergeScales", from.name(), into.name(),
                    from.scale().label(), into.scale().label()));
        }
        try {
            long both = Sql.queryLong(c, "SELECT count(*) FROM respondents WHERE " + answered(from.slot())
                    + " AND " + answered(into.slot()));
            if (both > 0) {
                throw new CxLensException(Message.of("storage.touchpoint.mergeOverlap", both, from.name(), into.name()));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        int f = from.slot();
        int i = into.slot();
        project.inTransaction(() -> {
            long generation = ProjectSettings.dataGeneration(c);
            List<SurveyData.ImportScales> imports = SurveyDataLoader.importScales(c);
            SurveyData cached = ColumnCache.read(c, generation, catalogue, imports);

            Sql.update(c, "UPDATE respondents SET scores = " + withChar("scores", i, "substr(scores, " + (f + 1) + ", 1)")
                    + " WHERE " + answered(f));
            Sql.update(c, "UPDATE respondents SET expectations = "
                    + withChar("expectations", i, "substr(expectations, " + (f + 1) + ", 1)")
                    + " WHERE " + answered(f) + " AND substr(expectations, " + (f + 1) + ", 1) NOT IN ('', ' ')");
            Sql.update(c, "UPDATE respondents SET scores = " + without("scores", f)
                    + ", expectations = " + without("expectations", f)
                    + " WHERE length(scores) > " + f + " OR length(expectations) > " + f);
            TouchpointAliases.merged(c, from.id(), from.name(), into.id(), into.name());
            Sql.update(c, "DELETE FROM touchpoints WHERE id = ?", from.id());
            // Two steps: moving each slot down by one in place would collide with the next one's.
            Sql.update(c, "UPDATE touchpoints SET slot = -slot WHERE slot > ?", f);
            Sql.update(c, "UPDATE touchpoints SET slot = -slot - 1 WHERE slot < 0");
            ChangeLog.record(c, ChangeKind.TOUCHPOINT_MERGE, into.name(), from.name(), into.name());

            ProjectSettings.bumpDataGeneration(c);
            if (cached == null) {
                Sql.update(c, "DELETE FROM column_cache");
            } else {
                ColumnCache.write(c, generation + 1, merged(cached, TouchpointCatalogue.query(c), f, i));
            }
        });
    }

    private static Touchpoint find(ProjectFile project, List<Touchpoint> catalogue, long id) throws CxLensException {
        return catalogue.stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new CxLensException(Message.of("storage.touchpoint.unknown", id, project.path())));
    }

    /** SQL: the respondent has a score in the slot (see {@link PackedAnswers}). */
    private static String answered(int slot) {
        return "unicode(substr(scores, " + (slot + 1) + ", 1)) >= " + PackedAnswers.SCORE_BASE;
    }

    /** SQL: the packed column with the character at {@code slot} replaced, padded with missing slots when short. */
    private static String withChar(String column, int slot, String character) {
        return "substr(" + column + " || printf('%" + (slot + 1) + "s', ''), 1, " + slot + ") || " + character
                + " || substr(" + column + ", " + (slot + 2) + ")";
    }

    /** SQL: the packed column without {@code slot}, trailing missing slots left out as on import. */
    private static String without(String column, int slot) {
        return "rtrim(substr(" + column + ", 1, " + slot + ") || substr(" + column + ", " + (slot + 2) + "), ' ')";
    }

    /** The cached columns after the same merge, so the next load need not rebuild them from the tables. */
    private static SurveyData merged(SurveyData d, List<Touchpoint> catalogue, int from, int into) {
        float[] scores = d.scores()[into].clone();
        byte[] expectations = d.expectations()[into].clone();
        for (int r = 0; r < d.size(); r++) {
            if (!Float.isNaN(d.scores()[from][r])) {
                scores[r] = d.scores()[from][r];
                if (d.expectations()[from][r] >= 0) {
                    expectations[r] = d.expectations()[from][r];
                }
            }
        }
        List<float[]> allScores = new ArrayList<>();
        List<byte[]> allExpectations = new ArrayList<>();
        for (int slot = 0; slot < d.scores().length; slot++) {
            if (slot != from) {
                allScores.add(slot == into ? scores : d.scores()[slot]);
                allExpectations.add(slot == into ? expectations : d.expectations()[slot]);
            }
        }
        return new SurveyData(d.size(), catalogue, d.imports(), d.importIndex(), d.overall(), d.overallExpectation(),
                d.recommend(), allScores.toArray(float[][]::new), allExpectations.toArray(byte[][]::new), d.weight(),
                d.weighted(), d.epochDay(), d.wave(), d.department(), d.segments());
    }
}
