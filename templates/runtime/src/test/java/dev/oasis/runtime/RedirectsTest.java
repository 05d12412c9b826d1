package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Which redirects stay within the origin, and what the followed request looks like. */
class RedirectsTest {

    @Test
    void theOriginIsSchemeHostAndPortWithDefaultPortsFilledIn() {
        URI base = URI.create("https://api.example.com/v2");

        assertTrue(Redirects.sameOrigin(base, URI.create("https://API.example.com:443/elsewhere?x=1")));
        assertFalse(Redirects.sameOrigin(base, URI.create("http://api.example.com/v2")));
        assertFalse(Redirects.sameOrigin(base, URI.create("https://api.example.com:8443/v2")));
        assertFalse(Redirects.sameOrigin(base, URI.create("https://api.example.com.evil.test/v2")));
        assertFalse(Redirects.sameOrigin(base, URI.create("https://evil.test@other.test/v2")));
    }

    @Test
    void aSeeOtherOrAPostMovedBecomesAGetWithoutBodyAndTheRestKeepTheirMethod() {
        HttpRequest post = HttpRequest.newBuilder(URI.create("https://api.example.com/items")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer t").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        URI target = URI.create("https://api.example.com/items/2");

        HttpRequest seeOther = Redirects.follow(post, 303, target);
        HttpRequest temporary = Redirects.follow(post, 307, target);

        assertEquals("GET", seeOther.method());
        assertFalse(seeOther.headers().firstValue("Content-Type").isPresent());
        assertEquals("Bearer t", seeOther.headers().firstValue("Authorization").orElseThrow());
        assertEquals("POST", temporary.method());
        assertEquals(target, temporary.uri());
        assertEquals("GET", Redirects.follow(post, 301, target).method());
    }
}
