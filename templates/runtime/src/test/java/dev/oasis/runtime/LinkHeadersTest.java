package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code rel="next"} target of RFC 8288 {@code Link} headers. */
class LinkHeadersTest {

    @Test
    void theNextEntryIsFoundAmongOthersWhateverTheOrderAndQuoting() {
        assertEquals(Optional.of(URI.create("https://api.example/items?page=3")), next(
                "<https://api.example/items?page=1>; rel=\"first\", <https://api.example/items?page=3>; rel=next; title=\"a, b\""));
        assertEquals(Optional.of(URI.create("/items?page=2")), next("</items?page=2>; rel=\"prev NEXT\""));
    }

    @Test
    void aCommaInsideAQuotedParameterDoesNotEndTheEntry() {
        assertEquals(Optional.of(URI.create("/b")), next("</a>; title=\"x, rel=next\"; rel=last, </b>; rel=next"));
    }

    @Test
    void entriesAcrossSeveralHeadersAreRead() {
        HttpHeaders headers = HttpHeaders.of(Map.of("Link", List.of("</a>; rel=last", "</b>; rel=next")), (name, value) -> true);

        assertEquals(Optional.of(URI.create("/b")), LinkHeaders.next(headers));
    }

    @Test
    void noNextEntryOrAnInvalidTargetMeansNoNextPage() {
        assertEquals(Optional.empty(), next("</a>; rel=last"));
        assertEquals(Optional.empty(), next("<not a uri>; rel=next"));
        assertEquals(Optional.empty(), LinkHeaders.next(HttpHeaders.of(Map.of(), (name, value) -> true)));
    }

    private static Optional<URI> next(String link) {
        return LinkHeaders.next(HttpHeaders.of(Map.of("Link", List.of(link)), (name, value) -> true));
    }
}
