package org.cxlens.domain;

import java.util.Optional;

/** Where imports go: the project file, seen from the importer without knowing SQLite. */
public interface ImportTarget {

    /** An earlier import of a file with this SHA-256, if any. */
    Optional<ImportInfo> importWithSha256(String sha256) throws CxLensException;

    /** Opens the import's transaction. */
    ImportSink begin(ImportMeta meta) throws CxLensException;
}
