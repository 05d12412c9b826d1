package dev.oasis.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives the body of one attempt into memory ({@link BoundedBuffer}), at most a given number of
 * bytes, counted as they arrive: a Content-Length above the limit is refused before any body byte is read, and a body that
 * grows beyond it is cut there. Either way, and when {@linkplain #abort aborted} (at a deadline, on
 * cancellation), the subscription is cancelled, which closes the connection instead of returning it
 * to the pool half read. Thread-safe.
 */
final class LimitedBody implements ReceivingBody<BoundedBuffer> {

    private final int limit;
    private Receiver receiver;
    private IOException abortedWith;
    private volatile HttpResponse.ResponseInfo response;

    /**
     * Creates the handler of one attempt.
     *
     * @param limit the most body bytes accepted
     */
    LimitedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized HttpResponse.BodySubscriber<BoundedBuffer> apply(HttpResponse.ResponseInfo info) {
        response = info;
        receiver = new Receiver(info.headers().firstValueAsLong("Content-Length").orElse(-1));
        if (abortedWith != null) {
            receiver.fail(abortedWith);
        }
        return receiver;
    }

    /** @return the status and headers once they arrived, else null */
    @Override
    public HttpResponse.ResponseInfo response() {
        return response;
    }

    /**
     * Stops receiving: the body fails with {@code reason} and the connection is closed. Does nothing
     * once the body is complete.
     *
     * @param reason why, such as a timeout
     */
    @Override
    public synchronized void abort(IOException reason) {
        if (abortedWith == null) {
            abortedWith = reason;
        }
        if (receiver != null) {
            receiver.fail(reason);
        }
    }

    /** Collects the body's bytes; every method runs under the handler's lock, so abort and delivery never interleave. */
    private final class Receiver implements HttpResponse.BodySubscriber<BoundedBuffer> {

        private final CompletableFuture<BoundedBuffer> body = new CompletableFuture<>();
        private final long expected;
        private BoundedBuffer buffer;
        private Flow.Subscription subscription;

        Receiver(long expected) {
            this.expected = expected;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            synchronized (LimitedBody.this) {
                subscription = value;
                if (body.isDone()) {
                    value.cancel();
                    return;
                }
                try {
                    buffer = new BoundedBuffer(limit, false, expected);
                } catch (BodyTooLargeException e) {
                    fail(e);
                    return;
                }
            }
            value.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            synchronized (LimitedBody.this) {
                if (body.isDone()) {
                    return;
                }
                try {
                    for (ByteBuffer item : items) {
                        buffer.add(item);
                    }
                } catch (BodyTooLargeException e) {
                    fail(e);
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            synchronized (LimitedBody.this) {
                buffer = null;
                body.completeExceptionally(error);
            }
        }

        @Override
        public void onComplete() {
            synchronized (LimitedBody.this) {
                body.complete(buffer);
                buffer = null;
            }
        }

        @Override
        public CompletionStage<BoundedBuffer> getBody() {
            return body;
        }

        void fail(IOException reason) {
            synchronized (LimitedBody.this) {
                if (body.completeExceptionally(reason)) {
                    buffer = null;
                    if (subscription != null) {
                        subscription.cancel();
                    }
                }
            }
        }
    }
}
