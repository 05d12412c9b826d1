package dev.oasis.generator.check;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses rendered Java files on other threads while more are being rendered, so that a template
 * that renders broken Java fails generation with the template, the file and the line.
 *
 * <p>Files are parsed in batches, by the JDK's compiler where the runtime has one and by JavaParser
 * otherwise ({@link SyntaxChecker#best()}). Only a few batches wait at a time: a caller that renders
 * faster than the files are parsed waits in {@link #submit}, so memory holds a few batches' text,
 * never the whole output. A batch's text is let go as soon as it is parsed.
 */
public final class SyntaxCheckQueue implements AutoCloseable {

    /**
     * Files per parser call: large enough that a call's set-up is noise, small enough to use every core
     * and to let each call's syntax trees die young (with 50, the 10,000-schema spec peaked at 540 MB
     * resident instead of 470 MB, at the same CPU time).
     */
    static final int BATCH = 10;

    private final SyntaxChecker checker;
    private final ExecutorService threads;
    private final Semaphore waiting;
    private final List<Future<List<Diagnostic>>> results = new ArrayList<>();
    private List<RenderedFile> batch = new ArrayList<>(BATCH);
    private int parsed;

    private SyntaxCheckQueue(SyntaxChecker checker, int threadCount) {
        this.checker = checker;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, work -> {
            Thread thread = new Thread(work, "oasis-check-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.waiting = new Semaphore(2 * threadCount);
    }

    /** A queue parsing with this runtime's best parser on as many threads as there are processors. */
    public static SyntaxCheckQueue start() {
        return start(Holder.BEST, Runtime.getRuntime().availableProcessors());
    }

    static SyntaxCheckQueue start(SyntaxChecker checker, int threadCount) {
        return new SyntaxCheckQueue(checker, Math.max(1, threadCount));
    }

    /** Queues one file; files that are not Java are not parsed. May wait while earlier batches are parsed. */
    public void submit(RenderedFile file) {
        if (!file.relativePath().endsWith(".java")) {
            return;
        }
        batch.add(file);
        parsed++;
        if (batch.size() == BATCH) {
            dispatch();
        }
    }

    /**
     * Waits until every queued file is parsed and reports one error per file that does not parse,
     * in the order the files were queued.
     */
    public void finish(Diagnostics diagnostics) {
        if (!batch.isEmpty()) {
            dispatch();
        }
        for (Future<List<Diagnostic>> result : results) {
            try {
                result.get().forEach(diagnostics::report);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking the generated Java", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        results.clear();
    }

    /** How many Java files were queued. */
    public int parsed() {
        return parsed;
    }

    /** Stops the parsing threads; batches not yet parsed are dropped. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    private void dispatch() {
        List<RenderedFile> files = batch;
        batch = new ArrayList<>(BATCH);
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the generated Java", e);
        }
        results.add(threads.submit(() -> {
            try {
                return errors(files);
            } finally {
                waiting.release();
            }
        }));
    }

    private List<Diagnostic> errors(List<RenderedFile> files) {
        List<Optional<SyntaxError>> errors = checker.firstErrors(files);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            RenderedFile file = files.get(i);
            errors.get(i).ifPresent(error -> diagnostics.add(diagnostic(file, error)));
        }
        return diagnostics;
    }

    private static Diagnostic diagnostic(RenderedFile file, SyntaxError error) {
        return Diagnostic.error("template.invalid-java",
                new SourceLocation(Path.of(file.relativePath()), error.line(), error.column()), "",
                "template '" + file.template() + "' rendered Java that does not parse: " + error.message(),
                "fix the template '" + file.template() + "'; the generated line is shown above");
    }

    /** The checker of this runtime, found once. */
    private static final class Holder {
        static final SyntaxChecker BEST = SyntaxChecker.best();
    }
}
