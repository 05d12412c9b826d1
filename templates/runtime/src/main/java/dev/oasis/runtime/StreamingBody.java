package dev.oasis.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * Receives the body of one attempt of a streamed call: a success body is handed over as an
 * {@link java.io.InputStream} the caller reads as it arrives (no size limit applies; the call ends when the
 * headers arrive), any other body (an error, a redirect, a retried answer) is received like a
 * buffered one, through a {@link LimitedBody}. Thread-safe.
 */
final class StreamingBody implements ReceivingBody<Object> {

    private final LimitedBody limited;
    private volatile HttpResponse.ResponseInfo response;

    /**
     * @param limit the most bytes of a body that is not streamed
     */
    StreamingBody(int limit) {
        this.limited = new LimitedBody(limit);
    }

    @Override
    public HttpResponse.BodySubscriber<Object> apply(HttpResponse.ResponseInfo info) {
        response = info;
        if (info.statusCode() / 100 == 2) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> (Object) in);
        }
        return HttpResponse.BodySubscribers.mapping(limited.apply(info), buffer -> (Object) buffer);
    }

    @Override
    public void abort(IOException reason) {
        limited.abort(reason);
    }

    @Override
    public HttpResponse.ResponseInfo response() {
        return response;
    }
}
