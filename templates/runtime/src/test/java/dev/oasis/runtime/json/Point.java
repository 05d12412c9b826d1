package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A model written the way model.mustache writes one, cut down to two properties: a long and a nullable text. */
@JsonSerialize(using = CodecSerializer.class)
@JsonDeserialize(using = CodecDeserializer.class)
public final class Point {

    public static final JsonCodec<Point> CODEC = JsonCodec.ofObject(Point::read, Point::write);

    private final Long xValue;
    private final JsonNullable<String> label;
    private final Map<String, JsonNode> additionalProperties;

    Point(Long xValue, JsonNullable<String> label, Map<String, JsonNode> additionalProperties) {
        this.xValue = xValue;
        this.label = label;
        this.additionalProperties = Codecs.frozen(additionalProperties);
    }

    public Long getXValue() {
        return xValue;
    }

    public JsonNullable<String> getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Point that && Objects.equals(xValue, that.xValue) && label.equals(that.label)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(xValue, label, additionalProperties);
    }

    private static Point read(JsonInput in) throws IOException {
        if (!in.beginObject("Point")) {
            return null;
        }
        Long x = null;
        JsonNullable<String> label = JsonNullable.absent();
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        while (in.nextField()) {
            switch (in.fieldName()) {
                case "x_value" -> x = in.field(Codecs.INT64, extra);
                case "label" -> label = in.nullableField(Codecs.STRING, extra);
                default -> extra.put(in.fieldName(), in.undeclared("Point"));
            }
        }
        return new Point(x, label, extra);
    }

    private static void write(JsonGenerator out, Point value) throws IOException {
        out.writeStartObject();
        if (value.xValue != null && !value.additionalProperties.containsKey("x_value")) {
            out.writeFieldName("x_value");
            Codecs.INT64.write(out, value.xValue);
        }
        if (value.label.isPresent()) {
            Codecs.writeField(out, "label", Codecs.STRING, value.label.orElse(null));
        }
        for (Map.Entry<String, JsonNode> property : value.additionalProperties.entrySet()) {
            out.writeFieldName(property.getKey());
            Codecs.ANY.write(out, property.getValue());
        }
        out.writeEndObject();
    }
}
