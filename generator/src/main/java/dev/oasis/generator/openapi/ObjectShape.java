package dev.oasis.generator.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An OpenAPI object, such as an Info Object: the fields it allows, which of them it requires, and
 * how its other keys are read.
 *
 * @param name the object's name without "Object", such as {@code Info}
 * @param fields the fixed fields, in the order the spec lists them
 * @param patterned fields whose names follow a pattern
 * @param extensible whether {@code x-} extension fields are allowed
 * @param keysHint what the object's keys should be, for messages about unknown keys; may be empty
 */
public record ObjectShape(String name, Map<String, Field> fields, List<PatternedField> patterned, boolean extensible,
        String keysHint) implements Shape {

    public ObjectShape {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        patterned = List.copyOf(patterned);
    }

    /** The shape of the value under {@code key}: a fixed field or a patterned one. */
    public Optional<Shape> shapeOf(String key) {
        Field field = fields.get(key);
        if (field != null) {
            return Optional.of(field.shape());
        }
        return patterned.stream().filter(p -> p.pattern().matcher(key).matches()).map(PatternedField::shape).findFirst();
    }

    @Override
    public String describe() {
        return describe(name);
    }

    static String describe(String name) {
        String article = "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
        return article + name + " Object";
    }

    /** Starts an object shape. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Builds an {@link ObjectShape}, one field at a time. */
    public static final class Builder {

        private final String name;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final List<PatternedField> patterned = new ArrayList<>();
        private boolean extensible = true;
        private String keysHint = "";

        private Builder(String name) {
            this.name = name;
        }

        /** An optional field. */
        public Builder field(String key, Shape shape) {
            return add(key, new Field(shape, Field.Presence.OPTIONAL));
        }

        /** A field the spec requires and generated code depends on. */
        public Builder required(String key, Shape shape) {
            return add(key, new Field(shape, Field.Presence.REQUIRED));
        }

        /** A field the spec requires but generated code does not depend on. */
        public Builder expected(String key, Shape shape) {
            return add(key, new Field(shape, Field.Presence.EXPECTED));
        }

        private Builder add(String key, Field field) {
            fields.put(key, field);
            return this;
        }

        /** Fields whose names match {@code regex}. */
        public Builder patterned(String regex, Shape shape) {
            patterned.add(new PatternedField(Pattern.compile(regex), shape));
            return this;
        }

        /** What the object's keys should be, for messages about unknown keys. */
        public Builder keysHint(String hint) {
            this.keysHint = hint;
            return this;
        }

        /** Forbids {@code x-} extension fields. */
        public Builder notExtensible() {
            this.extensible = false;
            return this;
        }

        /** The shape. */
        public ObjectShape build() {
            return new ObjectShape(name, fields, patterned, extensible, keysHint);
        }
    }
}
