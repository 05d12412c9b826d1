package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.Body.Encoding;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds request and response {@link Body}s from {@code content}: which media type (the first
 * JSON one, else the first), how the body travels, a form's fields, an event stream's data type.
 */
final class BodyRule {

    private final SchemaTypes types;
    private final FormFieldRule forms;

    BodyRule(SchemaTypes types) {
        this.types = types;
        this.forms = new FormFieldRule(types);
    }

    /**
     * A request body. A {@code multipart/form-data} or {@code application/x-www-form-urlencoded}
     * body with an object schema is sent field by field; without one it is sent as given, with a warning.
     */
    Optional<Body> request(SpecMap requestBody, String nameHint, boolean required) {
        Optional<Map.Entry<String, SpecNode>> chosen = chosen(requestBody);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        String mediaType = chosen.get().getKey();
        SpecMap content = chosen.get().getValue() instanceof SpecMap map ? map : null;
        Optional<SpecNode> schema = content == null ? Optional.empty() : content.get("schema");
        Encoding encoding = Encoding.of(mediaType);
        if (encoding == Encoding.MULTIPART || encoding == Encoding.FORM) {
            Optional<ObjectType> object = schema.flatMap(node -> types.formObject(node, nameHint));
            if (object.isPresent()) {
                TypeRef type = schema.filter(SpecSet::isReference).map(node -> types.typeOf(node, nameHint)).orElse(new TypeRef.Any());
                return Optional.of(new Body(mediaType, type, encoding, forms.fields(object.get(), content, encoding, required)));
            }
            SpecNode at = schema.orElse(chosen.get().getValue());
            types.diagnostics().report(Diagnostic.warning("body.form-schema", at.location(), at.pointer(),
                    "the " + mediaType + " request body has no object schema with properties, so it is sent as the caller gives it",
                    "describe the form's fields as the properties of an object schema"));
            return Optional.of(new Body(mediaType, new TypeRef.Any(), Encoding.BINARY, List.of()));
        }
        TypeRef type = schema.map(node -> types.typeOf(node, nameHint)).orElse(new TypeRef.Any());
        return Optional.of(new Body(mediaType, type, encoding == Encoding.EVENT_STREAM ? Encoding.TEXT : encoding, List.of()));
    }

    /**
     * A response body. A form is read as text, a multipart body as bytes; an event stream's type is
     * the type of each event's data (see {@link #eventData}).
     */
    Optional<Body> response(SpecMap response, String nameHint) {
        Optional<Map.Entry<String, SpecNode>> chosen = chosen(response);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        String mediaType = chosen.get().getKey();
        SpecMap content = chosen.get().getValue() instanceof SpecMap map ? map : null;
        Encoding encoding = Encoding.of(mediaType);
        if (encoding == Encoding.EVENT_STREAM) {
            return Optional.of(new Body(mediaType, eventData(content, nameHint), encoding, List.of()));
        }
        TypeRef type = content == null ? new TypeRef.Any()
                : content.get("schema").map(schema -> types.typeOf(schema, nameHint)).orElse(new TypeRef.Any());
        Encoding read = encoding == Encoding.MULTIPART ? Encoding.BINARY : encoding == Encoding.FORM ? Encoding.TEXT : encoding;
        return Optional.of(new Body(mediaType, type, read, List.of()));
    }

    /**
     * The type of an event's data. With an OpenAPI 3.2 {@code itemSchema}, the schema of each
     * event: its {@code data} property's {@code contentSchema} (JSON), else that property's type.
     * Otherwise the media type's {@code schema} describes the data of one event. A string (or
     * binary, or no schema) means text as it came; any other type means JSON of that type.
     */
    private TypeRef eventData(SpecMap content, String nameHint) {
        SpecNode schema = content == null ? null : content.get("schema").orElse(null);
        SpecMap item = content == null ? null : content.map("itemSchema").map(types::schemaOf).orElse(null);
        if (item != null) {
            SpecMap data = item.map("properties").flatMap(properties -> properties.get("data")).map(types::schemaOf).orElse(null);
            schema = data == null ? null : data.get("contentSchema").orElse(data);
        }
        TypeRef type = schema == null ? new TypeRef.Any() : types.typeOf(schema, nameHint + "Data");
        boolean text = type instanceof TypeRef.Any && schema == null || type instanceof TypeRef.Scalar scalar
                && (scalar.kind() == ScalarKind.STRING || scalar.kind() == ScalarKind.BINARY || scalar.kind() == ScalarKind.BYTES);
        return text ? new TypeRef.Scalar(ScalarKind.STRING) : type;
    }

    private static Optional<Map.Entry<String, SpecNode>> chosen(SpecMap owner) {
        Optional<SpecMap> content = owner == null ? Optional.empty() : owner.map("content");
        if (content.isEmpty() || content.get().entries().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(content.get().entries().entrySet().stream()
                .filter(entry -> Body.isJson(entry.getKey()))
                .findFirst()
                .orElse(content.get().entries().entrySet().iterator().next()));
    }
}
