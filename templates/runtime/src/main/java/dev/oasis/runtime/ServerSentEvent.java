package dev.oasis.runtime;

import java.time.Duration;

/**
 * One event of a {@code text/event-stream} (the WHATWG HTML standard's server-sent events).
 *
 * @param id the last event ID the stream set (it carries over from earlier events), or empty
 * @param event the event type, {@code message} unless the stream names another
 * @param data the data, read as the spec's type: text as it came, or JSON; null for JSON events with empty data
 * @param rawData the data as text, its lines joined with {@code \n}
 * @param retry the reconnection time the stream set with this event's {@code retry} field, or null
 * @param <T> the data type
 */
public record ServerSentEvent<T>(String id, String event, T data, String rawData, Duration retry) {
}
