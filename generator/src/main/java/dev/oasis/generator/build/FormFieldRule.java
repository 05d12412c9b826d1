package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.Body.Encoding;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.FormField;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.PartHeader;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.runtime.ApiRequest.Style;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link FormField}s of a form body from its object schema's properties and the media
 * type's {@code encoding} object: for multipart bodies, which properties are files, text or JSON,
 * each part's Content-Type and declared headers; for url-encoded bodies, each field's style.
 * Read-only properties are left out: servers send them, clients do not.
 */
final class FormFieldRule {

    /** The styles a url-encoded field allows, its default first. */
    private static final List<String> FORM_STYLES = List.of("form", "spaceDelimited", "pipeDelimited", "deepObject");

    private final SchemaTypes types;

    FormFieldRule(SchemaTypes types) {
        this.types = types;
    }

    /**
     * The fields of a form body.
     *
     * @param object the body's object type
     * @param content the media type object, with the schema and the {@code encoding} object
     * @param encoding multipart or url-encoded
     * @param bodyRequired whether the body is required; fields are required only then
     */
    List<FormField> fields(ObjectType object, SpecMap content, Encoding encoding, boolean bodyRequired) {
        List<FormField> fields = new ArrayList<>();
        for (Property property : object.properties()) {
            if (property.readOnly()) {
                continue;
            }
            SpecMap encodingEntry = content.map("encoding").flatMap(all -> all.get(property.jsonName())).map(types::schemaOf).orElse(null);
            SpecMap schema = content.get("schema").map(node -> propertySchema(node, property.jsonName(), 0)).orElse(null);
            field(property, schema, encodingEntry, encoding, bodyRequired && property.required()).ifPresent(fields::add);
        }
        return fields;
    }

    private Optional<FormField> field(Property property, SpecMap schema, SpecMap encodingEntry, Encoding encoding, boolean required) {
        String declaredType = encodingEntry == null ? "" : encodingEntry.text("contentType").orElse("");
        if (encoding == Encoding.FORM) {
            String style = encodingEntry == null ? "form" : encodingEntry.text("style").orElse("form");
            if (!FORM_STYLES.contains(style)) {
                SpecNode at = encodingEntry.get("style").orElse(encodingEntry);
                types.diagnostics().report(Diagnostic.error("form.style", at.location(), at.pointer(),
                        "form field '" + property.jsonName() + "' has style: '" + style + "'",
                        "use one of " + String.join(", ", FORM_STYLES) + " for the fields of a url-encoded body"));
                return Optional.empty();
            }
            boolean explode = encodingEntry == null ? style.equals("form") : encodingEntry.flag("explode", style.equals("form"));
            Style runtimeStyle = Style.valueOf(style.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            return Optional.of(new FormField(property.jsonName(), property.type(), required, property.description(), FormField.Kind.FIELD,
                    "", runtimeStyle, explode, List.of(), property.deprecated(), property.origin()));
        }
        FormField.Kind kind = kind(property.type(), Body.isJson(firstType(declaredType).orElse("")));
        String contentType = kind == FormField.Kind.FILE
                ? firstType(declaredType).filter(type -> !type.contains("*")).orElseGet(() -> schemaMediaType(schema))
                : firstType(declaredType).orElse("");
        List<PartHeader> headers = encodingEntry == null ? List.of() : headers(property, encodingEntry, required);
        return Optional.of(new FormField(property.jsonName(), property.type(), required, property.description(), kind, contentType,
                Style.FORM, true, headers, property.deprecated(), property.origin()));
    }

    /** Files for binary strings, JSON for objects, maps, unions and free-form values, text for the rest; lists part by part. */
    private static FormField.Kind kind(TypeRef type, boolean declaredJson) {
        TypeRef items = type instanceof TypeRef.ListOf list ? list.items() : type;
        if (items instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.BINARY) {
            return FormField.Kind.FILE;
        }
        boolean structured = !(items instanceof TypeRef.Scalar)
                && !(items instanceof TypeRef.Named named && named.definition() instanceof EnumType);
        if (declaredJson || (structured && !(type instanceof TypeRef.ListOf))) {
            return FormField.Kind.JSON;
        }
        return structured ? FormField.Kind.JSON_EACH : FormField.Kind.TEXT;
    }

    /** The headers {@code encoding.headers} declares for a part, {@code Content-Type} excepted (the spec says it is ignored there). */
    private List<PartHeader> headers(Property property, SpecMap encodingEntry, boolean partRequired) {
        List<PartHeader> headers = new ArrayList<>();
        encodingEntry.map("headers").ifPresent(declared -> declared.entries().forEach((name, node) -> {
            SpecMap header = types.schemaOf(node);
            if (header == null || name.equalsIgnoreCase("Content-Type")) {
                return;
            }
            TypeRef type = header.get("schema").map(schema -> types.typeOf(schema, Names.pascal(property.jsonName()) + Names.pascal(name)))
                    .orElse(new TypeRef.Scalar(ScalarKind.STRING));
            headers.add(new PartHeader(property.jsonName(), name, type, partRequired && header.flag("required", false),
                    header.text("description").orElse(""), Origin.of(header)));
        }));
        return headers;
    }

    /** The first media type of an {@code encoding.contentType} list such as {@code image/png, image/jpeg}. */
    private static Optional<String> firstType(String declared) {
        return Arrays.stream(declared.split(",")).map(String::trim).filter(type -> !type.isEmpty()).findFirst();
    }

    /** A file's media type from its schema: {@code contentMediaType} (OpenAPI 3.1) or Datadog's {@code x-mimetype}; empty for none. */
    private static String schemaMediaType(SpecMap schema) {
        return schema == null ? "" : schema.text("contentMediaType").or(() -> schema.text("x-mimetype")).orElse("");
    }

    /** The schema of a property, in the object schema or its {@code allOf} parts (own properties first). */
    private SpecMap propertySchema(SpecNode objectSchema, String name, int depth) {
        SpecMap schema = types.schemaOf(objectSchema);
        if (schema == null || depth > 32) {
            return null;
        }
        Optional<SpecMap> own = schema.map("properties").flatMap(properties -> properties.get(name)).map(types::schemaOf);
        if (own.isPresent()) {
            return own.get();
        }
        for (SpecNode part : schema.list("allOf").map(list -> list.items()).orElse(List.of())) {
            SpecMap found = propertySchema(part, name, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
