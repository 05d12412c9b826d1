package dev.oasis.generator.spec;

import dev.oasis.generator.openapi.AnyShape;
import dev.oasis.generator.openapi.EitherShape;
import dev.oasis.generator.openapi.ListShape;
import dev.oasis.generator.openapi.MapShape;
import dev.oasis.generator.openapi.NamedShape;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.ReferenceOr;
import dev.oasis.generator.openapi.ScalarShape;
import dev.oasis.generator.openapi.Shape;
import dev.oasis.generator.openapi.ShapeTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Walks a spec from its root, knowing at every node which OpenAPI shape belongs there, and goes on
 * through references to their targets. Only places where OpenAPI allows a Reference Object are
 * references: a {@code $ref} inside an {@code x-} extension or an example value is data, and one
 * used as a property name is a name. An explicit stack keeps deep specs off the Java stack; nodes
 * are visited in document order, and a node reached again with the same shape is not walked twice.
 */
final class ShapeWalk {

    private static final String REF = "$ref";

    private final ShapeTable table;
    private final ShapeVisitor visitor;
    private final BiFunction<SpecMap, ReferenceOr, Optional<SpecNode>> targets;
    private final Map<SpecNode, List<Shape>> seen = new IdentityHashMap<>();
    private final Deque<Step> pending = new ArrayDeque<>();

    ShapeWalk(ShapeTable table, ShapeVisitor visitor, BiFunction<SpecMap, ReferenceOr, Optional<SpecNode>> targets) {
        this.table = table;
        this.visitor = visitor;
        this.targets = targets;
    }

    void walk(SpecNode root, Shape shape) {
        pending.push(new Step(root, shape));
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            visit(step.node(), table.resolve(step.shape()));
        }
    }

    private void visit(SpecNode node, Shape shape) {
        if (shape instanceof AnyShape) {
            return;
        }
        if (shape instanceof EitherShape either) {
            either(node, either);
        } else if (shape instanceof ReferenceOr reference) {
            referenceOr(node, reference);
        } else if (shape instanceof ObjectShape object) {
            object(node, object);
        } else if (shape instanceof MapShape map) {
            map(node, map);
        } else if (shape instanceof ListShape list) {
            list(node, list);
        } else if (shape instanceof ScalarShape scalar) {
            scalar(node, scalar);
        }
    }

    private void either(SpecNode node, EitherShape either) {
        for (Shape alternative : either.alternatives()) {
            Shape resolved = table.resolve(alternative);
            if (!fitsKind(node, resolved)) {
                continue;
            }
            if (resolved instanceof ScalarShape scalar && !fitsScalar((SpecScalar) node, scalar)) {
                visitor.mismatch(node, either);
            } else {
                visit(node, resolved);
            }
            return;
        }
        visitor.mismatch(node, either);
    }

    private void referenceOr(SpecNode node, ReferenceOr reference) {
        if (!(node instanceof SpecMap map) || !map.has(REF)) {
            visit(node, table.resolve(reference.target()));
            return;
        }
        if (!firstVisit(map, reference)) {
            return;
        }
        visitor.reference(map, reference);
        List<Step> next = new ArrayList<>();
        if (table.schemaKeywordsBesideReference() && reference.target() instanceof NamedShape named
                && named.name().equals("Schema")) {
            next.add(new Step(map, reference.target()));
        }
        targets.apply(map, reference).ifPresent(target -> next.add(new Step(target, reference)));
        schedule(next);
    }

    private void object(SpecNode node, ObjectShape object) {
        if (!(node instanceof SpecMap map)) {
            visitor.mismatch(node, object);
            return;
        }
        if (!firstVisit(map, object)) {
            return;
        }
        visitor.object(map, object);
        List<Step> next = new ArrayList<>();
        map.entries().forEach((key, value) -> {
            if (object.extensible() && key.startsWith("x-")) {
                return;
            }
            Optional<Shape> field = object.shapeOf(key);
            if (field.isPresent()) {
                next.add(new Step(value, field.get()));
            } else {
                visitor.unknownField(map, key, object);
            }
        });
        schedule(next);
    }

    private void map(SpecNode node, MapShape shape) {
        if (!(node instanceof SpecMap map)) {
            visitor.mismatch(node, shape);
            return;
        }
        if (!firstVisit(map, shape)) {
            return;
        }
        List<Step> next = new ArrayList<>();
        map.entries().forEach((key, value) -> {
            if (shape.keyPattern().isPresent() && !shape.keyPattern().get().matcher(key).matches()) {
                visitor.badKey(map, key, shape);
            }
            next.add(new Step(value, shape.values()));
        });
        schedule(next);
    }

    private void list(SpecNode node, ListShape shape) {
        if (!(node instanceof SpecList list)) {
            visitor.mismatch(node, shape);
            return;
        }
        schedule(list.items().stream().map(item -> new Step(item, shape.items())).toList());
    }

    private void scalar(SpecNode node, ScalarShape shape) {
        if (!(node instanceof SpecScalar scalar) || !fitsScalar(scalar, shape)) {
            visitor.mismatch(node, shape);
        } else if (!shape.allowed().isEmpty() && !shape.allowed().contains(scalar.text())) {
            visitor.disallowed(scalar, shape);
        }
    }

    /** Pushes steps so that they are visited in the order given. */
    private void schedule(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            pending.push(steps.get(i));
        }
    }

    private boolean firstVisit(SpecNode node, Shape shape) {
        List<Shape> shapes = seen.computeIfAbsent(node, n -> new ArrayList<>(1));
        if (shapes.contains(shape)) {
            return false;
        }
        shapes.add(shape);
        return true;
    }

    private static boolean fitsKind(SpecNode node, Shape shape) {
        if (shape instanceof AnyShape) {
            return true;
        }
        if (shape instanceof ScalarShape) {
            return node instanceof SpecScalar;
        }
        if (shape instanceof ListShape) {
            return node instanceof SpecList;
        }
        return node instanceof SpecMap;
    }

    /** True when the scalar is of the shape's kind; a whole number written as a decimal counts as an integer. */
    static boolean fitsScalar(SpecScalar scalar, ScalarShape shape) {
        Object value = scalar.value();
        return switch (shape.kind()) {
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case NUMBER -> value instanceof Number;
            case INTEGER -> value instanceof Long || value instanceof BigInteger
                    || value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
        };
    }

    private record Step(SpecNode node, Shape shape) {
    }
}
