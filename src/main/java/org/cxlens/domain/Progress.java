package org.cxlens.domain;

/**
 * Plain progress and cancel callback for long work; the UI adapts it to a JavaFX Task.
 */
public interface Progress {

    /** Reports work done so far; total may be -1 when unknown. */
    void update(long done, long total);

    /** Long work polls this and stops (rolling back) when it turns true. */
    boolean isCancelled();

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
