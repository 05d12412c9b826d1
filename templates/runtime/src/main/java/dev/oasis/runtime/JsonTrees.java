package dev.oasis.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.runtime.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values as trees, where the runtime needs to look inside one: object parameters and page fields of JSON bodies. */
final class JsonTrees {

    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonTrees() {
    }

    /** A value written through its codec. */
    static <T> byte[] bytes(JsonCodec<T> codec, T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = ApiRequest.JSON.createGenerator(bytes)) {
            codec.write(out, value);
        }
        return bytes.toByteArray();
    }

    /**
     * A JSON value as a parameter value: an object as the map of its fields, an array as the list
     * of its items, a scalar as its text; nested objects and arrays as JSON text, nulls left out.
     */
    static Object fields(byte[] json) {
        JsonNode tree;
        try {
            tree = TREES.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a codec wrote invalid JSON", e);
        }
        if (tree.isObject()) {
            Map<String, String> fields = new LinkedHashMap<>();
            tree.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    fields.put(field.getKey(), text(field.getValue()));
                }
            });
            return fields;
        }
        if (tree.isArray()) {
            List<String> items = new ArrayList<>();
            tree.forEach(item -> items.add(text(item)));
            return items;
        }
        return text(tree);
    }

    /** The value at a path of field names in a JSON object body, or null when it is not there or the body is not JSON. */
    static JsonNode at(RequestBody body, List<String> path) {
        JsonNode node = body == null ? null : tree(body);
        for (String name : path) {
            node = node == null ? null : node.get(name);
        }
        return node == null || node.isNull() ? null : node;
    }

    /**
     * A JSON body with a value set at a path of field names, the objects on the way created; an
     * absent body becomes an object.
     */
    static RequestBody with(RequestBody body, List<String> path, Object value) {
        JsonNode tree = body == null ? TREES.createObjectNode() : tree(body);
        if (!(tree instanceof ObjectNode root)) {
            throw new IllegalStateException("the request body is not a JSON object, so its field " + String.join(".", path) + " cannot be set");
        }
        ObjectNode parent = root;
        for (String name : path.subList(0, path.size() - 1)) {
            parent = parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
        }
        parent.set(path.get(path.size() - 1), TREES.valueToTree(value));
        try {
            return RequestBody.of(TREES.writeValueAsBytes(root), body == null ? "application/json" : body.contentType());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request body", e);
        }
    }

    private static JsonNode tree(RequestBody body) {
        byte[] bytes = body.bytes().orElse(null);
        try {
            return bytes == null ? null : TREES.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
