package dev.oasis.generator.build;

import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TextFormat;
import dev.oasis.generator.spec.SpecMap;
import java.util.Optional;

/**
 * Maps a schema's {@code type} and {@code format} to a scalar kind. A string without a format is
 * read the way OpenAPI 3.1 replaces 3.0's formats: {@code contentEncoding: base64} as
 * {@code format: byte}, and a {@code contentMediaType} of binary content (not text, JSON or XML)
 * without an encoding as {@code format: binary}.
 */
final class FormatRule {

    private FormatRule() {
    }

    /** The scalar kind for a type and format; empty when the type is not a scalar type. */
    static Optional<ScalarKind> scalarKind(String type, String format) {
        String f = format == null ? "" : format;
        return switch (type) {
            case "string" -> Optional.of(switch (f) {
                case "date-time" -> ScalarKind.DATE_TIME;
                case "date" -> ScalarKind.DATE;
                case "uuid" -> ScalarKind.UUID;
                case "byte" -> ScalarKind.BYTES;
                case "binary" -> ScalarKind.BINARY;
                default -> ScalarKind.STRING;
            });
            case "integer" -> Optional.of(f.equals("int32") ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number" -> Optional.of(switch (f) {
                case "float" -> ScalarKind.FLOAT;
                case "double" -> ScalarKind.DOUBLE;
                case "int32" -> ScalarKind.INT32;
                case "int64" -> ScalarKind.INT64;
                default -> ScalarKind.DECIMAL;
            });
            case "boolean" -> Optional.of(ScalarKind.BOOLEAN);
            default -> Optional.empty();
        };
    }

    /** The scalar kind of a schema of the given type, reading {@code format}, {@code contentEncoding} and {@code contentMediaType}. */
    static Optional<ScalarKind> scalarKind(SpecMap schema, String type) {
        Optional<String> format = schema.text("format");
        if (type.equals("string") && format.isEmpty()) {
            if (schema.text("contentEncoding").filter("base64"::equalsIgnoreCase).isPresent()) {
                return Optional.of(ScalarKind.BYTES);
            }
            if (schema.text("contentMediaType").filter(FormatRule::isBinary).isPresent() && !schema.has("contentEncoding")) {
                return Optional.of(ScalarKind.BINARY);
            }
        }
        return scalarKind(type, format.orElse(""));
    }

    private static boolean isBinary(String mediaType) {
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return !(base.startsWith("text/") || base.endsWith("json") || base.endsWith("xml"));
    }

    /** The format of a string that tells texts apart, if it has one; see {@link TextFormat}. */
    static Optional<TextFormat> textFormat(SpecMap schema) {
        return schema.text("format").flatMap(format -> switch (format) {
            case "date-time" -> Optional.of(TextFormat.DATE_TIME);
            case "date" -> Optional.of(TextFormat.DATE);
            case "uuid" -> Optional.of(TextFormat.UUID);
            default -> Optional.empty();
        });
    }
}
