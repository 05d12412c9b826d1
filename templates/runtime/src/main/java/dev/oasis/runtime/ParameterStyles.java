package dev.oasis.runtime;

import dev.oasis.runtime.ApiRequest.Parameter;
import dev.oasis.runtime.ApiRequest.Style;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes parameter values as OpenAPI's {@code style} and {@code explode} say, percent-encoding
 * every value so that it stays inside its path segment, query pair, cookie or header.
 */
final class ParameterStyles {

    private ParameterStyles() {
    }

    /**
     * A parameter value as text: date-times in RFC 3339, bytes ({@code format: byte}) in base64,
     * enums as their wire value.
     *
     * @param value the value
     * @return the text
     */
    static String text(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return String.valueOf(value);
    }

    /**
     * Percent-encodes a path segment: everything but unreserved characters is encoded, and a segment
     * that is only dots is encoded too, so that it cannot mean "this" or "parent" directory.
     *
     * @param value the raw value
     * @return the encoded segment
     */
    static String encodePathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return percentEncode(value);
    }

    /**
     * Percent-encodes everything but unreserved characters ({@code A-Z a-z 0-9 - . _ ~}), as UTF-8.
     *
     * @param value the raw value
     * @return the encoded value
     */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Refuses a header value with a line break, which could end the header and start another.
     *
     * @param name the header name, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException when the value contains CR or LF
     */
    static String checkedHeaderValue(String name, String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the value of header '" + name + "' contains a line break");
        }
        return value;
    }

    /** A path parameter as it replaces its {@code {name}} placeholder, percent-encoded. */
    static String path(Parameter parameter) {
        List<String> items = new ArrayList<>();
        if (parameter.value() instanceof Map<?, ?> map && parameter.explode()) {
            map.forEach((key, item) -> items.add(encodePathSegment(text(key)) + "=" + encodePathSegment(text(item))));
        } else {
            flatten(parameter.value(), ",").forEach(item -> items.add(encodePathSegment(item)));
        }
        boolean list = parameter.value() instanceof Collection<?> || parameter.value() instanceof Map<?, ?>;
        switch (parameter.style()) {
            case LABEL:
                return "." + String.join(parameter.explode() && list ? "." : ",", items);
            case MATRIX:
                String prefix = ";" + percentEncode(parameter.name()) + "=";
                return parameter.explode() && list ? prefix + String.join(prefix, items) : prefix + String.join(",", items);
            default:
                return String.join(",", items);
        }
    }

    /** A query parameter as encoded {@code name=value} pairs, one per repetition. */
    static List<String> queryPairs(Parameter parameter) {
        String name = percentEncode(parameter.name());
        Object value = parameter.value();
        if (value instanceof Map<?, ?> map && (parameter.style() == Style.DEEP_OBJECT || parameter.explode())) {
            List<String> pairs = new ArrayList<>();
            map.forEach((key, item) -> pairs.add((parameter.style() == Style.DEEP_OBJECT
                    ? name + "[" + percentEncode(text(key)) + "]" : percentEncode(text(key))) + "=" + percentEncode(text(item))));
            return pairs;
        }
        List<String> items = encodeAll(flatten(value, ","));
        if (value instanceof Collection<?> && parameter.explode()) {
            List<String> pairs = new ArrayList<>();
            items.forEach(item -> pairs.add(name + "=" + item));
            return pairs;
        }
        String separator = parameter.style() == Style.SPACE_DELIMITED ? "%20"
                : parameter.style() == Style.PIPE_DELIMITED ? "%7C" : ",";
        return List.of(name + "=" + String.join(separator, items));
    }

    /** A header parameter's value, unencoded. */
    static String header(Parameter parameter) {
        return String.join(",", flatten(parameter.value(), parameter.explode() ? "=" : ","));
    }

    /** A cookie parameter as a {@code name=value} pair, the value percent-encoded. */
    static String cookie(Parameter parameter) {
        return parameter.name() + "=" + String.join(",", encodeAll(flatten(parameter.value(), ",")));
    }

    /** A value as a list of texts: scalars as one, collections item by item, maps as key, value pairs. */
    private static List<String> flatten(Object value, String keyValueSeparator) {
        List<String> texts = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(item -> texts.add(text(item)));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (keyValueSeparator.equals(",")) {
                    texts.add(text(key));
                    texts.add(text(item));
                } else {
                    texts.add(text(key) + keyValueSeparator + text(item));
                }
            });
        } else {
            texts.add(text(value));
        }
        return texts;
    }

    private static List<String> encodeAll(List<String> texts) {
        List<String> encoded = new ArrayList<>(texts.size());
        texts.forEach(text -> encoded.add(percentEncode(text)));
        return encoded;
    }
}
