package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of a {@code text/event-stream} response as they arrive, each event's data read as the
 * spec's type. Iterating blocks until the next event arrives; the iteration ends when the server
 * ends the stream. Close it (try-with-resources) to stop early and release the connection; closing
 * from another thread ends a waiting iteration. Lines longer than 1 MiB and events with more than
 * 8 Mi characters of data fail the iteration with an {@link ApiException}.
 *
 * @param <T> the data type
 */
public final class EventStream<T> implements Iterator<ServerSentEvent<T>>, Closeable {

    private final InputStream body;
    private final EventStreamParser parser;
    private final BodyReader<T> data;
    private final boolean json;
    private final StreamContext context;
    private ServerSentEvent<T> next;
    private Duration reconnectionTime;
    private volatile boolean closed;
    private boolean ended;

    /**
     * @param body the response body
     * @param data reads one event's data
     * @param json whether the data is JSON, so that empty data reads as null
     * @param context the response
     */
    EventStream(InputStream body, BodyReader<T> data, boolean json, StreamContext context) {
        this.body = body;
        this.parser = new EventStreamParser(body);
        this.data = data;
        this.json = json;
        this.context = context;
    }

    /**
     * Waits for the next event.
     *
     * @return false once the server ended the stream or it was closed
     * @throws ApiException when the connection fails, a line or an event is too long, or an event's
     *     data is not of the spec's type (in strict mode, also when it deviates from it)
     */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (ended || closed) {
            return false;
        }
        EventStreamParser.RawEvent raw;
        try {
            raw = parser.next();
        } catch (IOException e) {
            if (closed) {
                return false;
            }
            close();
            throw failure("lost the event stream: " + e.getMessage(), e);
        }
        if (raw == null) {
            ended = true;
            close();
            return false;
        }
        if (raw.retry() != null) {
            reconnectionTime = raw.retry();
        }
        next = new ServerSentEvent<>(raw.id(), raw.event(), read(raw.data()), raw.data(), raw.retry());
        return true;
    }

    @Override
    public ServerSentEvent<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream has ended");
        }
        ServerSentEvent<T> event = next;
        next = null;
        return event;
    }

    /** @return the last event ID the stream set, to resume from with a {@code Last-Event-ID} header; empty when none */
    public String lastEventId() {
        return parser.lastEventId();
    }

    /** @return the reconnection time the stream last set with a {@code retry} field */
    public Optional<Duration> reconnectionTime() {
        return Optional.ofNullable(reconnectionTime);
    }

    /** @return the remaining events as a sequential stream; closing it closes this */
    public Stream<ServerSentEvent<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Stops reading and releases the connection. */
    @Override
    public void close() {
        closed = true;
        try {
            body.close();
        } catch (IOException e) {
            // Nothing more is read from a stream being released.
        }
    }

    private T read(String text) {
        if (text.isEmpty() && json) {
            return null;
        }
        List<Deviation> deviations = new ArrayList<>();
        T value;
        try {
            value = data.read(text.getBytes(StandardCharsets.UTF_8), context.headers(), deviations);
        } catch (IOException e) {
            throw failure("sent an event whose data is not of the type the spec declares: " + e.getMessage(), e);
        }
        if (value == null && !deviations.isEmpty()) {
            throw failure("sent an event whose data could not be read as the type the spec declares: " + deviations, null);
        }
        if (!deviations.isEmpty()) {
            context.deviations().accept(List.copyOf(deviations));
        }
        return value;
    }

    private ApiException failure(String what, Throwable cause) {
        return new ApiException(context.operationId() + " " + what, context.statusCode(), context.headers(), "", null, List.of(), cause);
    }

    @Override
    public String toString() {
        return "EventStream[" + context.operationId() + (closed ? ", closed" : "") + "]";
    }
}
