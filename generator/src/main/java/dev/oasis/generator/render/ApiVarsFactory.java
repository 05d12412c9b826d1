package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.FormField;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.PartHeader;
import dev.oasis.generator.model.Response;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.ApiVars;
import dev.oasis.generator.render.model.OperationVars;
import dev.oasis.generator.render.model.ParameterVars;
import dev.oasis.generator.render.model.ProjectVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the template data of API classes, one per tag. */
final class ApiVarsFactory {

    private final ProjectVars project;
    private final JavaNames names;
    private final JavaTypes types;
    private final ParameterVarsFactory parameters;
    private final PaginationVarsFactory paginations;
    private final String bodyReader;
    private final String streamReader;
    private final String filePart;

    ApiVarsFactory(ProjectVars project, JavaNames names) {
        this.project = project;
        this.names = names;
        this.types = new JavaTypes(names, project);
        this.parameters = new ParameterVarsFactory(names, types, project.runtimePackage());
        this.paginations = new PaginationVarsFactory(names, types, project);
        this.bodyReader = TypeMarkers.of(project.runtimePackage(), "BodyReader");
        this.streamReader = TypeMarkers.of(project.runtimePackage(), "StreamReader");
        this.filePart = TypeMarkers.of(project.runtimePackage(), "FilePart");
    }

    ApiVars api(String tag, List<Operation> operations) {
        List<OperationVars> operationVars = operations.stream().map(this::operation).toList();
        return new ApiVars(project, names.apiClassName(tag), tag, operationVars,
                List.of("Operations tagged {@code " + JavaText.docEscape(tag) + "}."));
    }

    private OperationVars operation(Operation operation) {
        Optional<String> options = Optional.of(names.optionsParameterName(operation));
        List<ParameterVars> required = new ArrayList<>();
        List<ParameterVars> optional = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            (parameter.required() ? required : optional).add(this.parameters.parameter(parameter,
                    parameter.required() ? Optional.empty() : options));
        }
        List<ParameterVars> sent = new ArrayList<>(required);
        sent.addAll(optional);
        for (FormField field : operation.requestBody().map(Body::fields).orElse(List.of())) {
            ParameterVars vars = this.parameters.field(field, field.required() ? Optional.empty() : options);
            (field.required() ? required : optional).add(vars);
            sent.add(vars);
            for (PartHeader header : field.headers()) {
                ParameterVars headerVars = this.parameters.partHeader(header, header.required() ? Optional.empty() : options);
                (header.required() ? required : optional).add(headerVars);
                sent.add(headerVars);
            }
        }
        List<ParameterVars> all = new ArrayList<>(required);
        all.addAll(optional);
        Optional<Body> success = operation.successResponse().flatMap(Response::body);
        List<OperationVars.BodyVars> body = bodyVars(operation);
        Signatures signatures = new Signatures(required, body, optional.isEmpty() ? Optional.empty()
                : Optional.of(new OptionsParameter(names.optionsClassName(operation), names.optionsParameterName(operation))));
        boolean streams = success.map(b -> b.encoding() == Body.Encoding.BINARY || b.encoding() == Body.Encoding.TEXT).orElse(false);
        return new OperationVars(
                JavaText.literal(operation.operationId()),
                names.methodName(operation),
                names.withHttpInfoName(operation),
                names.asyncName(operation),
                names.withHttpInfoAsyncName(operation),
                names.requestMethodName(operation),
                names.optionsParameterName(operation),
                operation.method(),
                JavaText.literal(operation.path()),
                docLines(operation),
                operation.deprecated(),
                operation.unstable(),
                success.map(this::javaType).orElse("Void"),
                success.map(this::javaType).orElse("void"),
                success.isPresent(),
                success.map(this::reader).orElse(bodyReader + ".none()"),
                JavaText.literal(success.map(Body::mediaType).orElse("application/json")),
                all,
                required,
                optional,
                sent,
                names.optionsClassName(operation),
                !optional.isEmpty(),
                body,
                formBody(operation),
                streams ? List.of(new OperationVars.StreamedVars(names.streamedName(operation))) : List.of(),
                paginations.of(operation),
                errorVars(operation),
                securityLiteral(operation.security()),
                signatures.full(),
                signatures.arguments(),
                signatures.requiredOnly(),
                signatures.defaultOptionsArguments());
    }

    /** The body as one parameter; none for form bodies, whose fields are parameters. */
    private List<OperationVars.BodyVars> bodyVars(Operation operation) {
        return operation.requestBody().filter(body -> body.fields().isEmpty()).map(body -> {
            String codecArgument = body.encoding() == Body.Encoding.JSON ? types.codec(body.type()) + ", " : "";
            String name = names.bodyParameterName(operation);
            return List.of(new OperationVars.BodyVars(name, body.encoding() == Body.Encoding.BINARY ? filePart : javaType(body),
                    codecArgument + name + ", " + JavaText.literal(body.mediaType()), operation.requestBodyRequired()));
        }).orElse(List.of());
    }

    private static List<OperationVars.FormBodyVars> formBody(Operation operation) {
        return operation.requestBody().filter(body -> body.encoding() == Body.Encoding.MULTIPART || body.encoding() == Body.Encoding.FORM)
                .map(body -> List.of(new OperationVars.FormBodyVars(body.encoding() == Body.Encoding.MULTIPART ? "multipart" : "form",
                        JavaText.literal(body.mediaType()), operation.requestBodyRequired())))
                .orElse(List.of());
    }

    private List<OperationVars.ErrorVars> errorVars(Operation operation) {
        List<OperationVars.ErrorVars> errors = new ArrayList<>();
        for (Response response : operation.responses()) {
            Optional<Body> body = response.body().filter(Body::isJson);
            if (!response.isSuccess() && body.isPresent()) {
                errors.add(new OperationVars.ErrorVars(JavaText.literal(response.status()), types.codec(body.get().type())));
            }
        }
        return errors;
    }

    /** The options parameter of an operation's methods: its class and its name. */
    private record OptionsParameter(String className, String name) {
    }

    /**
     * The parameter lists of an operation's methods: the required parameters and the body, then the
     * options object when the operation has optional parameters.
     */
    private record Signatures(List<ParameterVars> required, List<OperationVars.BodyVars> body, Optional<OptionsParameter> options) {

        private List<String> requiredDeclarations() {
            List<String> declarations = new ArrayList<>();
            required.forEach(parameter -> declarations.add(parameter.javaType() + " " + parameter.name()));
            body.forEach(parameter -> declarations.add(parameter.javaType() + " " + parameter.name()));
            return declarations;
        }

        private List<String> requiredNames() {
            List<String> names = new ArrayList<>();
            required.forEach(parameter -> names.add(parameter.name()));
            body.forEach(parameter -> names.add(parameter.name()));
            return names;
        }

        String full() {
            List<String> declarations = new ArrayList<>(requiredDeclarations());
            options.ifPresent(parameter -> declarations.add(parameter.className() + " " + parameter.name()));
            return String.join(", ", declarations);
        }

        String arguments() {
            List<String> arguments = new ArrayList<>(requiredNames());
            options.ifPresent(parameter -> arguments.add(parameter.name()));
            return String.join(", ", arguments);
        }

        String requiredOnly() {
            return String.join(", ", requiredDeclarations());
        }

        String defaultOptionsArguments() {
            List<String> arguments = new ArrayList<>(requiredNames());
            options.ifPresent(parameter -> arguments.add("new " + parameter.className() + "()"));
            return String.join(", ", arguments);
        }
    }

    /** The Java type of a body: text, bytes, events as an {@code EventStream}, or the JSON type. */
    private String javaType(Body body) {
        return switch (body.encoding()) {
            case TEXT -> "String";
            case BINARY -> "byte[]";
            case EVENT_STREAM -> TypeMarkers.of(project.runtimePackage(), "EventStream") + "<" + types.javaType(body.type()) + ">";
            default -> types.javaType(body.type());
        };
    }

    private String reader(Body body) {
        return switch (body.encoding()) {
            case TEXT -> bodyReader + ".text()";
            case BINARY -> bodyReader + ".bytes()";
            case EVENT_STREAM -> body.type() instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.STRING
                    ? streamReader + ".textEvents()" : streamReader + ".jsonEvents(" + types.codec(body.type()) + ")";
            default -> bodyReader + ".json(" + types.codec(body.type()) + ")";
        };
    }

    private static List<String> docLines(Operation operation) {
        List<String> lines = new ArrayList<>(JavaText.docLines(operation.summary()));
        List<String> description = JavaText.docLines(operation.description());
        if (!description.isEmpty() && !description.equals(lines)) {
            if (!lines.isEmpty()) {
                lines.add("<p>");
            }
            lines.addAll(description);
        }
        boolean events = operation.successResponse().flatMap(Response::body)
                .filter(body -> body.encoding() == Body.Encoding.EVENT_STREAM).isPresent();
        if (events) {
            lines.add((lines.isEmpty() ? "" : "<p>") + "The response is a stream of server-sent events, returned as they arrive; close it when done.");
        }
        return lines;
    }

    private static String securityLiteral(List<List<String>> security) {
        String list = TypeMarkers.of("java.util", "List") + ".of(";
        return security.stream()
                .map(alternative -> alternative.stream().map(JavaText::literal).collect(Collectors.joining(", ", list, ")")))
                .collect(Collectors.joining(", ", list, ")"));
    }
}
