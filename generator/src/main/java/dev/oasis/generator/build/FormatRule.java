package dev.oasis.generator.build;

import dev.oasis.generator.model.ScalarKind;
import java.util.Optional;

/** Maps a schema's {@code type} and {@code format} to a scalar kind. */
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
}
