package dev.oasis.benchmarks;

import java.util.Optional;

/**
 * A value, or the reason there is none, for steps whose failure the report states instead of
 * stopping the run.
 *
 * @param <T> the value's type
 * @param value the value, if the step succeeded
 * @param failure why it failed, if it did
 */
public record Result<T>(Optional<T> value, String failure) {

    /** A success. */
    public static <T> Result<T> of(T value) {
        return new Result<>(Optional.of(value), "");
    }

    /** A failure, for the report. */
    public static <T> Result<T> failed(String why) {
        return new Result<>(Optional.empty(), why);
    }
}
