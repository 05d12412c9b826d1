package dev.oasis.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/** Reads the {@code Link} response header (RFC 8288): the target of its {@code rel="next"} entry. */
final class LinkHeaders {

    private LinkHeaders() {
    }

    /**
     * The URI of the first entry whose relation types include {@code next}, over every {@code Link} header.
     *
     * @param headers the response headers
     * @return the URI as written, possibly relative; empty when there is none or it is not a URI
     */
    static Optional<URI> next(HttpHeaders headers) {
        for (String value : headers.allValues("Link")) {
            int at = 0;
            while (true) {
                int open = value.indexOf('<', at);
                int close = open < 0 ? -1 : value.indexOf('>', open);
                if (close < 0) {
                    break;
                }
                int end = entryEnd(value, close + 1);
                if (isNext(value.substring(close + 1, end))) {
                    try {
                        return Optional.of(new URI(value.substring(open + 1, close).trim()));
                    } catch (URISyntaxException e) {
                        return Optional.empty();
                    }
                }
                at = end;
            }
        }
        return Optional.empty();
    }

    /** Where an entry's parameters end: the next comma outside quotes, or the end. */
    private static int entryEnd(String value, int from) {
        boolean quoted = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return value.length();
    }

    /** Whether an entry's parameters ({@code ; rel="next last"}) give it the relation type {@code next}. */
    private static boolean isNext(String parameters) {
        for (String parameter : parameters.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("rel")) {
                for (String relation : pair[1].trim().replace("\"", "").split("\\s+")) {
                    if (relation.toLowerCase(Locale.ROOT).equals("next")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
