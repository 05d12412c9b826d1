package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oasis.runtime.ApiRequest.Location;
import dev.oasis.runtime.ApiRequest.Parameter;
import dev.oasis.runtime.ApiRequest.Style;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters are written in the OpenAPI style the spec gives them, percent-encoded where they travel in the URL. */
class ParameterStylesTest {

    private static Parameter parameter(Location location, Object value, Style style, boolean explode) {
        return new Parameter(location, "id", value, style, explode);
    }

    @Test
    void pathValuesAreEncodedIntoOneSegmentInEveryStyle() {
        assertEquals("a%2Fb%3Fc", ParameterStyles.path(parameter(Location.PATH, "a/b?c", Style.SIMPLE, false)));
        assertEquals(".1.2", ParameterStyles.path(parameter(Location.PATH, List.of(1, 2), Style.LABEL, true)));
        assertEquals(";id=1;id=2", ParameterStyles.path(parameter(Location.PATH, List.of(1, 2), Style.MATRIX, true)));
        assertEquals(";id=1,2", ParameterStyles.path(parameter(Location.PATH, List.of(1, 2), Style.MATRIX, false)));
    }

    @Test
    void queryValuesRepeatWhenExplodedAndJoinWithTheStylesSeparatorOtherwise() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("state", "open now");
        filter.put("team", "a&b");

        assertEquals(List.of("id=a", "id=b"), ParameterStyles.queryPairs(parameter(Location.QUERY, List.of("a", "b"), Style.FORM, true)));
        assertEquals(List.of("id=a,b"), ParameterStyles.queryPairs(parameter(Location.QUERY, List.of("a", "b"), Style.FORM, false)));
        assertEquals(List.of("id=a%20b"), ParameterStyles.queryPairs(parameter(Location.QUERY, List.of("a", "b"), Style.SPACE_DELIMITED, false)));
        assertEquals(List.of("id=a%7Cb"), ParameterStyles.queryPairs(parameter(Location.QUERY, List.of("a", "b"), Style.PIPE_DELIMITED, false)));
        assertEquals(List.of("id[state]=open%20now", "id[team]=a%26b"),
                ParameterStyles.queryPairs(parameter(Location.QUERY, filter, Style.DEEP_OBJECT, true)));
    }

    @Test
    void headerValuesWithALineBreakAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ParameterStyles.checkedHeaderValue("X-Id", "a\r\nInjected: yes"));

        assertEquals("the value of header 'X-Id' contains a line break", error.getMessage());
    }

    @Test
    void cookieValuesArePercentEncoded() {
        assertEquals("id=a%3Bb", ParameterStyles.cookie(parameter(Location.COOKIE, "a;b", Style.FORM, false)));
    }
}
