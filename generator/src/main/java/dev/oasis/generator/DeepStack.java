package dev.oasis.generator;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a large stack. Resolving a schema follows its references depth first,
 * so a chain of thousands of schemas each referring to the next needs a deeper stack than a
 * default thread has. The stack is reserved, not committed: memory is used only as deep as the
 * work goes. A spec deeper still is reported as a diagnostic instead of a stack trace.
 */
final class DeepStack {

    /** Room for chains of well over 100,000 schemas. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    static <T> T run(Path specFile, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                failure.set(GenerationException.of(Diagnostic.error("spec.too-deep", SourceLocation.ofFile(specFile), "",
                        "the spec's schemas nest or refer to each other too deeply to resolve",
                        "break very long chains of schemas referring to one another into shallower structures")));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "oasis-generator", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new IllegalStateException("interrupted while generating from " + specFile, e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}
