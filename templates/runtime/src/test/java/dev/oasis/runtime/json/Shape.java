package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;

/** A union written the way union.mustache writes one: an object branch, a text branch and Unknown. */
@JsonSerialize(using = CodecSerializer.class)
@JsonDeserialize(using = CodecDeserializer.class)
public sealed interface Shape {

    JsonCodec<Shape> CODEC = JsonCodec.ofUnion(Shape::read, Shape::write);

    /** @param value the point */
    record At(Point value) implements Shape {
    }

    /** @param value the name */
    record Named(String value) implements Shape {
    }

    /** @param raw the JSON */
    record Unknown(JsonNode raw) implements Shape {
    }

    private static Shape read(JsonInput in) throws IOException {
        Unions.Candidate candidate = Unions.Candidate.of(in);
        if (candidate.test(Unions.Kind.OBJECT).field("x_value").matches()) {
            JsonInput branch = candidate.input(in);
            Point value = branch.read(Point.CODEC);
            return branch.takeMismatch() == null ? new At(value) : new Unknown(candidate.tree());
        }
        if (candidate.test(Unions.Kind.STRING).matches()) {
            return new Named(candidate.input(in).read(Codecs.STRING));
        }
        in.deviation(Deviation.Kind.NO_MATCHING_BRANCH, "matches no branch of Shape");
        return new Unknown(candidate.tree());
    }

    private static void write(JsonGenerator out, Shape value) throws IOException {
        if (value instanceof At at) {
            Point.CODEC.write(out, at.value());
        } else if (value instanceof Named named) {
            Codecs.STRING.write(out, named.value());
        } else {
            Codecs.ANY.write(out, ((Unknown) value).raw());
        }
    }
}
