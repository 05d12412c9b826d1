package dev.oasis.generator;

/**
 * Hears about each stage of a generation as it finishes, for tools that show progress on long runs
 * (the command line on a terminal).
 */
@FunctionalInterface
public interface Progress {

    /** Hears nothing. */
    Progress NONE = (stage, summary) -> { };

    /** The stages, in the order they run. */
    enum Stage {
        /** The spec files are read. */
        LOAD,
        /** The model is built from them. */
        BUILD,
        /** The templates are rendered. */
        RENDER,
        /** The Java is parsed. */
        CHECK,
        /** The files are written. */
        WRITE
    }

    /**
     * A stage finished.
     *
     * @param stage the stage
     * @param summary what it did, such as {@code 74 types, 3 operations}
     */
    void finished(Stage stage, String summary);
}
