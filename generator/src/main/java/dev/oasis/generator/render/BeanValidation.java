package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The Jakarta Bean Validation annotations a property's schema implies ({@code beanValidation}),
 * written on the getters, where a {@code Validator} checks them. Only annotations a validator
 * accepts for the property's Java type are written: {@code @Size} and {@code @Pattern} on text,
 * {@code @Size} on lists, bounds on numbers, {@code @Valid} on models and on lists and maps of
 * them. Constraints on a nullable property apply to its value (the runtime's value extractor for
 * {@code JsonNullable} unwraps it); {@code @NotNull} goes on required properties that are neither
 * nullable nor read-only or write-only, which one side of a call leaves out.
 */
public final class BeanValidation {

    private static final String CONSTRAINTS = "jakarta.validation.constraints";

    private final boolean enabled;

    BeanValidation(boolean enabled) {
        this.enabled = enabled;
    }

    /** The annotations of a property's getter, each as Java text with type markers. */
    List<String> getterAnnotations(Property property) {
        if (!enabled) {
            return List.of();
        }
        List<String> annotations = new ArrayList<>();
        if (property.required() && !property.nullable() && !property.readOnly() && !property.writeOnly()) {
            annotations.add(annotation("NotNull"));
        }
        Constraints constraints = property.constraints();
        TypeRef type = property.type();
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            size(constraints.minLength(), constraints.maxLength(), annotations);
            constraints.pattern().flatMap(Constraints.Pattern::java)
                    .ifPresent(regex -> annotations.add(annotation("Pattern") + "(regexp = " + JavaText.literal(wholeMatch(regex)) + ")"));
        }
        if (type instanceof TypeRef.ListOf) {
            size(constraints.minItems(), constraints.maxItems(), annotations);
        }
        if (type instanceof TypeRef.Scalar scalar && isNumber(scalar.kind())) {
            boolean integral = scalar.kind() == ScalarKind.INT32 || scalar.kind() == ScalarKind.INT64;
            constraints.minimum().ifPresent(bound -> annotations.add(bound("Min", bound, integral, 1)));
            constraints.maximum().ifPresent(bound -> annotations.add(bound("Max", bound, integral, -1)));
        }
        annotations.addAll(cascade(type));
        return annotations;
    }

    /**
     * {@code @Valid} for a value that is a model or a class of the team's own (which may carry
     * constraints of its own), or a list or map of them; nothing otherwise.
     */
    List<String> cascade(TypeRef type) {
        if (!enabled) {
            return List.of();
        }
        TypeRef value = type instanceof TypeRef.ListOf list ? list.items() : type instanceof TypeRef.MapOf map ? map.values() : type;
        boolean model = value instanceof TypeRef.Named named && !(named.definition() instanceof EnumType);
        boolean teamClass = value instanceof TypeRef.External external && !external.className().startsWith("java.");
        return model || teamClass ? List.of("@" + TypeMarkers.of("jakarta.validation", "Valid")) : List.of();
    }

    /**
     * The pattern (translated from ECMA-262 to Java by the build stage, which warned about one without
     * a certain translation) as {@code @Pattern} needs it: Bean Validation matches the whole value, a
     * schema's pattern may match anywhere. A pattern anchored at both ends without alternatives is the
     * same either way (its end, {@code \\z}, is written {@code $}, the same when the whole value
     * must match); any other is wrapped so that it may match anywhere.
     */
    static String wholeMatch(String regex) {
        boolean anchored = regex.startsWith("^") && regex.endsWith("\\z") && !regex.endsWith("\\\\z") && !regex.contains("|");
        return anchored ? regex.substring(0, regex.length() - 2) + "$" : "(?s).*(?:" + regex + ").*";
    }

    private static void size(OptionalLong min, OptionalLong max, List<String> annotations) {
        if (min.isEmpty() && max.isEmpty()) {
            return;
        }
        List<String> arguments = new ArrayList<>();
        min.ifPresent(value -> arguments.add("min = " + Math.min(value, Integer.MAX_VALUE)));
        max.ifPresent(value -> arguments.add("max = " + Math.min(value, Integer.MAX_VALUE)));
        annotations.add(annotation("Size") + "(" + String.join(", ", arguments) + ")");
    }

    /**
     * {@code @Min}/{@code @Max} for a whole bound on a whole-number property (an excluded bound
     * moved by one), otherwise {@code @DecimalMin}/{@code @DecimalMax} with {@code inclusive}.
     */
    private static String bound(String name, Constraints.Bound bound, boolean integral, int step) {
        BigDecimal value = bound.value().stripTrailingZeros();
        if (integral && value.scale() <= 0) {
            BigDecimal whole = bound.exclusive() ? value.add(BigDecimal.valueOf(step)) : value;
            if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                long number = whole.longValueExact();
                boolean fitsInt = number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
                return annotation(name) + "(" + number + (fitsInt ? "" : "L") + ")";
            }
        }
        String literal = JavaText.literal(value.toPlainString());
        return annotation("Decimal" + name) + (bound.exclusive() ? "(value = " + literal + ", inclusive = false)" : "(" + literal + ")");
    }

    private static boolean isNumber(ScalarKind kind) {
        return switch (kind) {
            case INT32, INT64, FLOAT, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    private static String annotation(String name) {
        return "@" + TypeMarkers.of(CONSTRAINTS, name);
    }
}
