package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.FormField;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.PartHeader;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.ParameterVars;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link ParameterVars} of an operation's methods: the spec's parameters, a form body's
 * fields and the headers declared for multipart parts, each with how it is sent.
 */
final class ParameterVarsFactory {

    private final JavaNames names;
    private final JavaTypes types;
    private final String filePart;

    ParameterVarsFactory(JavaNames names, JavaTypes types, String runtimePackage) {
        this.names = names;
        this.types = types;
        this.filePart = TypeMarkers.of(runtimePackage, "FilePart");
    }

    /**
     * A parameter of the spec.
     *
     * @param options the options parameter's name when the parameter is optional and travels in it
     */
    ParameterVars parameter(Parameter parameter, Optional<String> options) {
        String name = names.parameterName(parameter);
        ParameterVars.Wire wire = new ParameterVars.Wire(parameter.location().name(), parameter.style().name(), parameter.explode(),
                codecArgument(parameter.type()));
        return new ParameterVars(name, JavaText.literal(parameter.name()), types.javaType(parameter.type()), parameter.required(),
                value(name, options), doc(parameter.description(), parameter.name(),
                        parameter.location().name().toLowerCase(Locale.ROOT) + " parameter"), List.of(wire), List.of(), List.of());
    }

    /** A field of a form body: a url-encoded field, or a multipart part. */
    ParameterVars field(FormField field, Optional<String> options) {
        String name = names.parameterName(field);
        List<ParameterVars.Wire> wire = List.of();
        List<ParameterVars.Part> part = List.of();
        String javaType = types.javaType(field.type());
        if (field.kind() == FormField.Kind.FIELD) {
            wire = List.of(new ParameterVars.Wire("FORM", field.style().name(), field.explode(), codecArgument(field.type())));
        } else {
            String codec = switch (field.kind()) {
                case JSON -> types.codec(field.type()) + ", ";
                case JSON_EACH -> types.codec(((TypeRef.ListOf) field.type()).items()) + ", ";
                default -> "";
            };
            String method = switch (field.kind()) {
                case FILE -> "file";
                case JSON -> "json";
                case JSON_EACH -> "jsonEach";
                default -> "text";
            };
            if (field.kind() == FormField.Kind.FILE) {
                javaType = field.type() instanceof TypeRef.ListOf ? TypeMarkers.of("java.util", "List") + "<" + filePart + ">" : filePart;
            }
            part = List.of(new ParameterVars.Part(method, codec,
                    field.contentType().isEmpty() ? "null" : JavaText.literal(field.contentType())));
        }
        return new ParameterVars(name, JavaText.literal(field.name()), javaType, field.required(), value(name, options),
                doc(field.description(), field.name(), field.kind() == FormField.Kind.FIELD ? "form field" : "part"), wire, part, List.of());
    }

    /** A header the spec declares for the parts of a multipart field. */
    ParameterVars partHeader(PartHeader header, Optional<String> options) {
        String name = names.parameterName(header);
        List<String> doc = JavaText.docLines(header.description().isEmpty()
                ? "The " + header.name() + " header of the " + header.part() + " part." : header.description());
        return new ParameterVars(name, JavaText.literal(header.name()), types.javaType(header.type()), header.required(),
                value(name, options), doc, List.of(), List.of(), List.of(new ParameterVars.PartHeader(JavaText.literal(header.part()))));
    }

    /** The description, or the name and what it is, so that no {@code @param} is left without words. */
    private static List<String> doc(String description, String wireName, String what) {
        List<String> lines = JavaText.docLines(description);
        return lines.isEmpty() ? List.of("the {@code " + JavaText.docEscape(wireName) + "} " + what) : lines;
    }

    private static String value(String name, Optional<String> options) {
        return options.map(object -> object + "." + name).orElse(name);
    }

    /**
     * The codec argument of a parameter whose value is not written as text directly: objects,
     * unions and free-form values (alone, in a list or in a map) are written as their JSON fields.
     */
    private String codecArgument(TypeRef type) {
        TypeRef inner = type instanceof TypeRef.ListOf list ? list.items() : type instanceof TypeRef.MapOf map ? map.values() : type;
        boolean text = inner instanceof TypeRef.Scalar || (inner instanceof TypeRef.Named named && named.definition() instanceof EnumType);
        return text ? "" : types.codec(type) + ", ";
    }
}
