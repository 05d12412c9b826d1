package dev.oasis.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The result of a call, read once its response has arrived; cancelling it aborts the call.
     *
     * @param start starts the call; what it throws fails the future
     * @param read reads the response; what it throws fails the future
     * @param <R> the response type
     * @param <T> the result type
     * @return the future
     */
    static <R, T> CompletableFuture<T> reading(Supplier<CompletableFuture<R>> start, Function<R, T> read) {
        CompletableFuture<R> call;
        try {
            call = start.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> result = new CallFuture<>(() -> call.cancel(true));
        call.whenComplete((received, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                result.complete(read.apply(received));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
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
