package org.cxlens.domain;

import java.util.List;

/**
 * Receives one import, all inside one transaction. Nothing is visible in the project until
 * {@link #commit}; {@link #close} without commit rolls everything back.
 */
public interface ImportSink extends AutoCloseable {

    /** Finds or creates the touchpoint and returns its slot (index into score arrays). */
    int touchpoint(TouchpointSpec spec) throws CxLensException;

    /**
     * Declares the import's attribute columns (segments and other columns kept as they are), at most
     * once and before the first respondent: respondents give their values in this order. An import
     * that declares none has none.
     */
    void attributes(List<String> names) throws CxLensException;

    void respondent(RespondentRecord respondent) throws CxLensException;

    void problem(ImportProblem problem) throws CxLensException;

    /** Stores the counts and makes the whole import durable. Returns the new import's id. */
    long commit(ImportCounts counts) throws CxLensException;

    /**
     * As {@link #commit(ImportCounts)}, but a cancel seen before the transaction itself commits
     * rolls everything back: finishing the writes can take seconds on a large project, and a
     * cancel in that time must still leave the project as it was.
     *
     * @throws CancelledException when cancelled before the commit; nothing was stored
     */
    default long commit(ImportCounts counts, Progress progress) throws CxLensException {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        return commit(counts);
    }

    /** Rolls back unless committed. */
    @Override
    void close() throws CxLensException;
}
