package dev.oasis.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * The future of an async call, and of every stage derived from it ({@code thenApply} and the like,
 * as the generated API methods add): cancelling any of them aborts the call, closing its connection.
 *
 * @param <T> the result type
 */
final class CallFuture<T> extends CompletableFuture<T> {

    private final Runnable abort;

    /**
     * Creates the future.
     *
     * @param abort aborts the call
     */
    CallFuture(Runnable abort) {
        this.abort = abort;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CallFuture<>(abort);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        abort.run();
        return cancelled;
    }
}
