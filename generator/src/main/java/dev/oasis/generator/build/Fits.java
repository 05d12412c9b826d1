package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import java.util.Iterator;

/**
 * Whether a JSON value fits a branch's type as the generated reader reads it: the value and, through
 * lists and maps, its items have the kinds the codecs expect (objects absorb what does not fit them
 * and report it; a nested union and a class of the team's own, read by Jackson, are taken to fit). A
 * union reader tries the next branch when the value does not fit.
 */
final class Fits {

    private Fits() {
    }

    static boolean fits(TypeRef type, JsonNode value) {
        if (value.isNull() || type instanceof TypeRef.Any || type instanceof TypeRef.External) {
            return true;
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), value);
        }
        if (type instanceof TypeRef.ListOf list) {
            if (!value.isArray()) {
                return false;
            }
            for (JsonNode item : value) {
                if (!fits(list.items(), item)) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof TypeRef.MapOf map) {
            if (!value.isObject()) {
                return false;
            }
            for (Iterator<JsonNode> values = value.elements(); values.hasNext();) {
                if (!fits(map.values(), values.next())) {
                    return false;
                }
            }
            return true;
        }
        Object definition = ((TypeRef.Named) type).definition();
        if (definition instanceof EnumType enumType) {
            return scalar(enumType.valueKind(), value);
        }
        return definition instanceof UnionType || value.isObject();
    }

    private static boolean scalar(ScalarKind kind, JsonNode value) {
        return switch (kind) {
            case STRING, BYTES, BINARY -> value.isTextual();
            case DATE_TIME, INSTANT -> value.isTextual() && ScalarSets.hasFormat(dev.oasis.generator.model.TextFormat.DATE_TIME, value.textValue());
            case DATE -> value.isTextual() && ScalarSets.hasFormat(dev.oasis.generator.model.TextFormat.DATE, value.textValue());
            case UUID -> value.isTextual() && ScalarSets.hasFormat(dev.oasis.generator.model.TextFormat.UUID, value.textValue());
            case INT32 -> value.isIntegralNumber() && value.canConvertToInt();
            case INT64 -> value.isIntegralNumber() && value.canConvertToLong();
            case FLOAT, DOUBLE, DECIMAL -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
        };
    }
}
