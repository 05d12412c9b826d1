package dev.oasis.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The pointer of every position of a document is the one Jackson's own {@code pathAsPointer()} gives. */
class PointersTest {

    @Test
    void everyTokenOfANestedDocumentHasJacksonsPointer() throws IOException {
        String json = "{\"a\":[1,{\"b/c\":{\"~d\":[[],{},[true,{\"\":null}]]}},\"x\"],\"e\":{},\"f\":[[2]]}";
        int tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                StringBuilder ours = new StringBuilder();
                Pointers.append(ours, parser.getParsingContext());
                assertEquals(parser.getParsingContext().pathAsPointer().toString(), ours.toString(),
                        "at " + parser.currentToken() + " after " + tokens + " tokens");
                tokens++;
            }
        }
        assertEquals(35, tokens);
    }
}
