package org.cxlens.storage;

import java.util.List;

/**
 * The project file's schema as an ordered list of migrations: migration i (0-based) takes a file
 * from user_version i to i + 1. Never edit a released step; append a new one.
 */
final class Schema {

    /** "CXLN": marks a SQLite file as a CX Lens project (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x43584C4E;

    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                sheet TEXT,
                mapping_json TEXT,
                imported_at TEXT NOT NULL,
                rows_read INTEGER,
                respondents INTEGER,
                rows_skipped INTEGER,
                problems INTEGER,
                overall_scale_min REAL,
                overall_scale_max REAL,
                recommend_scale_min REAL,
                recommend_scale_max REAL
            );
            CREATE INDEX imports_sha256 ON imports(sha256);
            CREATE TABLE departments (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            );
            CREATE TABLE touchpoints (
                id INTEGER PRIMARY KEY,
                slot INTEGER NOT NULL UNIQUE,
                name TEXT NOT NULL UNIQUE,
                department_id INTEGER REFERENCES departments(id),
                moment_type TEXT NOT NULL,
                journey_order INTEGER NOT NULL,
                scale_min REAL NOT NULL,
                scale_max REAL NOT NULL,
                target REAL
            );
            CREATE TABLE respondents (
                id INTEGER PRIMARY KEY,
                import_id INTEGER NOT NULL REFERENCES imports(id),
                source_row INTEGER NOT NULL,
                external_id TEXT,
                department_id INTEGER REFERENCES departments(id),
                wave TEXT,
                date TEXT,
                weight REAL,
                overall REAL,
                overall_expectation TEXT,
                recommend REAL,
                scores TEXT NOT NULL,
                expectations TEXT NOT NULL,
                attributes TEXT NOT NULL DEFAULT '{}'
            );
            CREATE TABLE comments (
                respondent_id INTEGER NOT NULL REFERENCES respondents(id),
                question TEXT NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX comments_respondent ON comments(respondent_id);
            CREATE TABLE attribute_columns (
                import_id INTEGER NOT NULL REFERENCES imports(id),
                name TEXT NOT NULL,
                is_segment INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (import_id, name)
            );
            CREATE TABLE problems (
                import_id INTEGER NOT NULL REFERENCES imports(id),
                row INTEGER NOT NULL,
                column_name TEXT,
                raw_value TEXT,
                reason_code TEXT NOT NULL,
                reason TEXT NOT NULL,
                reason_args TEXT NOT NULL DEFAULT '[]'
            );
            CREATE INDEX problems_import ON problems(import_id, row);
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE column_cache (
                name TEXT PRIMARY KEY,
                generation INTEGER NOT NULL,
                data BLOB NOT NULL
            );
            CREATE VIEW responses AS
                SELECT r.id AS respondent_id,
                       t.id AS touchpoint_id,
                       t.name AS touchpoint,
                       (unicode(substr(r.scores, t.slot + 1, 1)) - 256) / 100.0 AS score,
                       nullif(nullif(substr(r.expectations, t.slot + 1, 1), ' '), '') AS expectation
                FROM respondents r
                JOIN touchpoints t
                WHERE unicode(substr(r.scores, t.slot + 1, 1)) >= 256;
            CREATE VIEW respondent_attributes AS
                SELECT r.id AS respondent_id, a.key AS name, a.value AS value
                FROM respondents r, json_each(r.attributes) a;
            """,
            // 2: attribute values as an array by column position instead of an object keyed by
            // column name: the names repeated on every row made up a quarter of a project file.
            """
            ALTER TABLE attribute_columns ADD COLUMN position INTEGER;
            UPDATE attribute_columns SET position = (
                SELECT count(*) FROM attribute_columns earlier
                WHERE earlier.import_id = attribute_columns.import_id AND earlier.rowid < attribute_columns.rowid);
            UPDATE respondents SET attributes = coalesce((
                SELECT json_group_array(a.value ORDER BY c.position)
                FROM attribute_columns c LEFT JOIN json_each(respondents.attributes) a ON a.key = c.name
                WHERE c.import_id = respondents.import_id), '[]');
            DROP VIEW respondent_attributes;
            CREATE VIEW respondent_attributes AS
                SELECT r.id AS respondent_id, c.name AS name, a.value AS value
                FROM respondents r
                JOIN json_each(r.attributes) a
                JOIN attribute_columns c ON c.import_id = r.import_id AND c.position = a.key
                WHERE a.value IS NOT NULL;
            """,
            // 3: the change log (imports, catalogue edits, scheme changes). The imports of an
            // older file are its first entries, so its log starts complete.
            """
            CREATE TABLE change_log (
                id INTEGER PRIMARY KEY,
                changed_at TEXT NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT,
                before_value TEXT,
                after_value TEXT
            );
            INSERT INTO change_log(changed_at, kind, subject, after_value)
                SELECT imported_at, 'IMPORT', file_name || coalesce(' [' || sheet || ']', ''), respondents
                FROM imports ORDER BY id;
            """,
            // 4: a report file (DESIGN §6, ADR 0007) is a copy holding one row here: the mark that
            // makes every later open read-only, with the filter, page and note it opens on.
            """
            CREATE TABLE report (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                saved_at TEXT NOT NULL,
                source_file TEXT NOT NULL,
                filter_json TEXT NOT NULL,
                page TEXT NOT NULL,
                note TEXT NOT NULL
            );
            """,
            // 5: the names touchpoints had before a rename or merge, so the next wave's columns
            // with the old name still find them. Renames and merges of an older file are taken
            // from its change log, followed along later renames to the touchpoint's name today.
            """
            CREATE TABLE touchpoint_aliases (
                alias TEXT PRIMARY KEY,
                touchpoint_id INTEGER NOT NULL REFERENCES touchpoints(id)
            );
            INSERT INTO touchpoint_aliases(alias, touchpoint_id)
                WITH RECURSIVE renamed(alias, name) AS (
                    SELECT before_value, after_value FROM change_log
                    WHERE kind IN ('TOUCHPOINT_NAME', 'TOUCHPOINT_MERGE') AND before_value IS NOT NULL
                    UNION
                    SELECT renamed.alias, l.after_value FROM renamed
                    JOIN change_log l ON l.kind = 'TOUCHPOINT_NAME' AND l.before_value = renamed.name)
                SELECT renamed.alias, min(t.id) FROM renamed JOIN touchpoints t ON t.name = renamed.name
                WHERE renamed.alias NOT IN (SELECT name FROM touchpoints)
                GROUP BY renamed.alias;
            """);

    private Schema() {
    }

    static int currentVersion() {
        return MIGRATIONS.size();
    }
}
