package org.cxlens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;

/**
 * Reads the stored details of respondents named by their position in the loaded data
 * ({@link org.cxlens.domain.SurveyData} holds respondents in id order), a page at a time.
 * Not thread-safe: it shares its project's connection.
 */
public final class RespondentDetails {

    /** Positions per query: well under SQLite's limit of bound parameters. */
    private static final int BATCH = 500;

    private final ProjectFile project;
    private final Connection connection;
    private final long firstId;
    /** Ids by position when they have gaps; null when position p has id firstId + p. */
    private final long[] ids;

    private RespondentDetails(ProjectFile project, Connection connection, long firstId, long[] ids) {
        this.project = project;
        this.connection = connection;
        this.firstId = firstId;
        this.ids = ids;
    }

    static RespondentDetails of(ProjectFile project, Connection c, int respondents) throws CxLensException {
        try {
            long first = Sql.queryLong(c, "SELECT min(id) FROM respondents");
            long last = Sql.queryLong(c, "SELECT max(id) FROM respondents");
            if (last - first + 1 == respondents) {
                return new RespondentDetails(project, c, first, null);
            }
            long[] ids = new long[respondents];
            int at = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM respondents ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next() && at < ids.length) {
                    ids[at++] = rs.getLong(1);
                }
            }
            return new RespondentDetails(project, c, first, ids);
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
    }

    /** The stored details of the respondents at these positions, in the order given. */
    public List<StoredRespondent> read(int[] positions) throws CxLensException {
        List<StoredRespondent> result = new ArrayList<>(positions.length);
        try {
            for (int start = 0; start < positions.length; start += BATCH) {
                int[] batch = Arrays.copyOfRange(positions, start, Math.min(positions.length, start + BATCH));
                result.addAll(readBatch(batch));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        return result;
    }

    /**
     * Positions, ascending, of the respondents whose file id or any comment contains the text
     * (LIKE: case-insensitive for ASCII letters).
     */
    public int[] matching(String text) throws CxLensException {
        String pattern = likePattern(text);
        List<Long> found = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(connection, """
                SELECT id FROM respondents WHERE external_id LIKE ?1 ESCAPE '\\'
                UNION SELECT respondent_id FROM comments WHERE text LIKE ?1 ESCAPE '\\'
                ORDER BY 1""", pattern);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        return found.stream().mapToInt(this::position).filter(p -> p >= 0).toArray();
    }

    /** Every comment with text, in the order stored; the texts stay in the file. */
    public CommentIndex commentIndex() throws CxLensException {
        try {
            // Counted first: a few arrays of the right size instead of a boxed list per comment.
            int stored = (int) Sql.queryLong(connection, "SELECT count(*) FROM comments");
            long[] rowIds = new long[stored];
            int[] positions = new int[stored];
            int[] questions = new int[stored];
            Map<String, Integer> questionIndex = new LinkedHashMap<>();
            int count = 0;
            try (PreparedStatement ps = Sql.prepare(connection,
                    "SELECT rowid, respondent_id, question FROM comments WHERE trim(text) <> '' ORDER BY rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next() && count < stored) {
                    int position = position(rs.getLong(2));
                    if (position >= 0) {
                        rowIds[count] = rs.getLong(1);
                        positions[count] = position;
                        questions[count] = questionIndex.computeIfAbsent(rs.getString(3), q -> questionIndex.size());
                        count++;
                    }
                }
            }
            return new CommentIndex(Arrays.copyOf(rowIds, count), Arrays.copyOf(positions, count),
                    Arrays.copyOf(questions, count), List.copyOf(questionIndex.keySet()));
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
    }

    /** The comments with these row ids, in the order given. */
    public List<Comment> comments(long[] rowIds) throws CxLensException {
        Map<Long, Comment> byId = new HashMap<>();
        try {
            for (int start = 0; start < rowIds.length; start += BATCH) {
                long[] batch = Arrays.copyOfRange(rowIds, start, Math.min(rowIds.length, start + BATCH));
                String marks = String.join(",", Collections.nCopies(batch.length, "?"));
                try (PreparedStatement ps = Sql.prepare(connection, "SELECT rowid, question, text FROM comments "
                        + "WHERE rowid IN (" + marks + ")", Arrays.stream(batch).boxed().toArray());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getLong(1), new Comment(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        List<Comment> result = new ArrayList<>(rowIds.length);
        for (long id : rowIds) {
            Comment c = byId.get(id);
            if (c == null) {
                throw project.readFailed(new SQLException("comment " + id + " is no longer in the project"));
            }
            result.add(c);
        }
        return result;
    }

    /**
     * The entries of the index whose comment text contains every word, ignoring case. Words of
     * ASCII characters are matched by SQLite's LIKE, which folds ASCII case, so only candidate
     * texts cross to Java; other words are matched there, lower-cased in any script.
     */
    public BitSet commentsContaining(CommentIndex index, List<String> words) throws CxLensException {
        List<String> ascii = words.stream().filter(w -> w.chars().allMatch(c -> c < 128)).toList();
        List<String> other = words.stream().filter(w -> !ascii.contains(w)).map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        StringBuilder sql = new StringBuilder("SELECT rowid, text FROM comments WHERE 1");
        ascii.forEach(w -> sql.append(" AND text LIKE ? ESCAPE '\\'"));
        BitSet found = new BitSet(index.size());
        try (PreparedStatement ps = Sql.prepare(connection, sql.append(" ORDER BY rowid").toString(),
                ascii.stream().map(RespondentDetails::likePattern).toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int entry = index.entry(rs.getLong(1));
                if (entry >= 0 && (other.isEmpty() || containsAll(rs.getString(2).toLowerCase(Locale.ROOT), other))) {
                    found.set(entry);
                }
            }
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
        return found;
    }

    private static boolean containsAll(String lowerText, List<String> lowerWords) {
        return lowerWords.stream().allMatch(lowerText::contains);
    }

    private static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private List<StoredRespondent> readBatch(int[] positions) throws SQLException {
        long[] batchIds = Arrays.stream(positions).mapToLong(this::id).toArray();
        String marks = String.join(",", Collections.nCopies(batchIds.length, "?"));
        Object[] args = Arrays.stream(batchIds).boxed().toArray();
        Map<Long, List<Comment>> comments = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(connection, "SELECT respondent_id, question, text FROM comments "
                + "WHERE respondent_id IN (" + marks + ") ORDER BY rowid", args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Comment(rs.getString(2), rs.getString(3)));
            }
        }
        Map<Long, StoredRespondent> byId = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(connection, "SELECT id, external_id, source_row FROM respondents "
                + "WHERE id IN (" + marks + ")", args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                byId.put(id, new StoredRespondent(id, rs.getString(2), rs.getInt(3),
                        List.copyOf(comments.getOrDefault(id, List.of()))));
            }
        }
        List<StoredRespondent> result = new ArrayList<>(positions.length);
        for (long id : batchIds) {
            StoredRespondent r = byId.get(id);
            if (r == null) {
                throw new SQLException("respondent " + id + " is no longer in the project");
            }
            result.add(r);
        }
        return result;
    }

    private long id(int position) {
        return ids == null ? firstId + position : ids[position];
    }

    private int position(long id) {
        if (ids == null) {
            long p = id - firstId;
            return p >= 0 && p < Integer.MAX_VALUE ? (int) p : -1;
        }
        int p = Arrays.binarySearch(ids, id);
        return p >= 0 ? p : -1;
    }
}
