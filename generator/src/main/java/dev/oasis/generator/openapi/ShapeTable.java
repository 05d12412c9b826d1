package dev.oasis.generator.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object of one OpenAPI version, by name, and the shape of a whole document. Built once per
 * version from {@link DocumentShapes}, {@link OperationShapes} and {@link SchemaShapes}.
 */
public final class ShapeTable {

    private static final ShapeTable OPENAPI_3_0 = new ShapeTable(false);
    private static final ShapeTable OPENAPI_3_1 = new ShapeTable(true);

    private final boolean v31;
    private final Map<String, ObjectShape> objects = new HashMap<>();

    private ShapeTable(boolean v31) {
        this.v31 = v31;
        new DocumentShapes(v31).objects().forEach(object -> objects.put(object.name(), object));
        new OperationShapes(v31).objects().forEach(object -> objects.put(object.name(), object));
        for (ObjectShape object : List.of(SchemaShapes.object(v31), SchemaShapes.discriminator(), SchemaShapes.xml())) {
            objects.put(object.name(), object);
        }
    }

    /** The table a document of {@code version} is read with; Swagger 2.0 is read as the OpenAPI 3.0 it converts to. */
    public static ShapeTable of(SpecVersion version) {
        return version == SpecVersion.OPENAPI_3_1 ? OPENAPI_3_1 : OPENAPI_3_0;
    }

    /** The shape of a whole document. */
    public Shape root() {
        return objects.get("OpenAPI");
    }

    /** The object a {@link NamedShape} stands for; any other shape as it is. */
    public Shape resolve(Shape shape) {
        if (shape instanceof NamedShape named) {
            ObjectShape object = objects.get(named.name());
            if (object == null) {
                throw new IllegalArgumentException("no object named " + named.name());
            }
            return object;
        }
        return shape;
    }

    /**
     * Whether a Schema Object's other keywords apply next to its {@code $ref} (JSON Schema 2020-12,
     * OpenAPI 3.1), rather than being ignored as OpenAPI 3.0 says.
     */
    public boolean schemaKeywordsBesideReference() {
        return v31;
    }
}
