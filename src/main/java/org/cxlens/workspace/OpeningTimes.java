package org.cxlens.workspace;

/** Told how long each step of opening a project took, as it ends. */
@FunctionalInterface
public interface OpeningTimes {

    OpeningTimes NONE = (step, nanos) -> { };

    void took(OpeningStep step, long nanos);
}
