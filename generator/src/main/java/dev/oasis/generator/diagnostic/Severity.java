package dev.oasis.generator.diagnostic;

/** How serious a {@link Diagnostic} is. Errors stop generation; warnings and infos do not. */
public enum Severity {
    /** Generation cannot produce correct output; nothing is written. */
    ERROR,
    /** Output is produced, but something in the input deserves attention. */
    WARNING,
    /** Something the user should know about the run, such as a conversion from an older format. */
    INFO
}
