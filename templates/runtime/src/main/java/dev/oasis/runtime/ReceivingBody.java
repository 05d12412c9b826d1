package dev.oasis.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * How one attempt of a {@link Call} receives its response body: held in memory up to a limit
 * ({@link LimitedBody}), or streamed when the status is a success ({@link StreamingBody}).
 *
 * @param <B> the body type
 */
interface ReceivingBody<B> extends HttpResponse.BodyHandler<B> {

    /**
     * Stops receiving and closes the connection; does nothing once the body is complete.
     *
     * @param reason why, such as a timeout
     */
    void abort(IOException reason);

    /** @return the status and headers once they arrived, else null */
    HttpResponse.ResponseInfo response();
}
