package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Values kept as they came, as JSON trees. Reads them exactly: a number with a fraction stays
 * decimal, digits and scale intact, so nothing kept raw is rounded when it is written back.
 */
final class RawTrees {

    /** The codec of the trees, and of the token buffers replayed for union branches. */
    static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private RawTrees() {
    }

    /** Reads the value a parser is positioned on as a tree; JSON null as a null node. */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonNode tree = TREES.readTree(parser);
        return tree == null ? TREES.nullNode() : tree;
    }

    /** The tree of a value written with {@code codec}; null as a null node. */
    static <T> JsonNode of(JsonCodec<T> codec, T value) throws IOException {
        if (value == null) {
            return TREES.nullNode();
        }
        TokenBuffer buffer = new TokenBuffer(TREES, false);
        codec.write(buffer, value);
        try (JsonParser replay = buffer.asParser(TREES)) {
            return TREES.readTree(replay);
        }
    }
}
