package org.cxlens.domain;

/**
 * Receives one import, all inside one transaction. Nothing is visible in the project until
 * {@link #commit}; {@link #close} without commit rolls everything back.
 */
public interface ImportSink extends AutoCloseable {

    /** Finds or creates the touchpoint and returns its slot (index into score arrays). */
    int touchpoint(TouchpointSpec spec) throws CxLensException;

    void respondent(RespondentRecord respondent) throws CxLensException;

    void problem(ImportProblem problem) throws CxLensException;

    /** Stores the counts and makes the whole import durable. Returns the new import's id. */
    long commit(ImportCounts counts) throws CxLensException;

    /** Rolls back unless committed. */
    @Override
    void close() throws CxLensException;
}
