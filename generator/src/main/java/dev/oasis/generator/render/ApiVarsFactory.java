package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.Response;
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

    private final String bodyReader;

    ApiVarsFactory(ProjectVars project, JavaNames names) {
        this.project = project;
        this.names = names;
        this.types = new JavaTypes(names, project);
        this.bodyReader = TypeMarkers.of(project.basePackage(), "BodyReader");
    }

    ApiVars api(String tag, List<Operation> operations) {
        List<OperationVars> operationVars = operations.stream().map(this::operation).toList();
        return new ApiVars(project, names.apiClassName(tag), tag, operationVars,
                List.of("Operations tagged {@code " + JavaText.docEscape(tag) + "}."));
    }

    private OperationVars operation(Operation operation) {
        List<ParameterVars> required = new ArrayList<>();
        List<ParameterVars> optional = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            ParameterVars vars = new ParameterVars(names.parameterName(parameter), JavaText.literal(parameter.name()),
                    types.javaType(parameter.type()), parameter.location().name(), parameter.required(),
                    parameter.style().name(), parameter.explode(), JavaText.docLines(parameter.description()));
            (parameter.required() ? required : optional).add(vars);
        }
        List<ParameterVars> all = new ArrayList<>(required);
        all.addAll(optional);
        Optional<Body> success = operation.successResponse().flatMap(Response::body);
        List<OperationVars.BodyVars> bodyVars = new ArrayList<>();
        operation.requestBody().ifPresent(body -> {
            String mediaType = JavaText.literal(body.mediaType());
            String codecArgument = body.encoding() == Body.Encoding.JSON ? types.codec(body.type()) + ", " : "";
            String name = names.bodyParameterName(operation);
            bodyVars.add(new OperationVars.BodyVars(name, javaType(body), codecArgument + name + ", " + mediaType,
                    operation.requestBodyRequired()));
        });
        List<OperationVars.ErrorVars> errors = new ArrayList<>();
        for (Response response : operation.responses()) {
            if (!response.isSuccess() && response.body().filter(Body::isJson).isPresent()) {
                Body body = response.body().get();
                errors.add(new OperationVars.ErrorVars(JavaText.literal(response.status()), types.codec(body.type())));
            }
        }
        String methodName = names.methodName(operation);
        String optionsClass = names.optionsClassName(operation);
        String options = names.optionsParameterName(operation);
        List<String> requiredDeclarations = new ArrayList<>();
        List<String> requiredNames = new ArrayList<>();
        for (ParameterVars parameter : required) {
            requiredDeclarations.add(parameter.javaType() + " " + parameter.name());
            requiredNames.add(parameter.name());
        }
        for (OperationVars.BodyVars body : bodyVars) {
            requiredDeclarations.add(body.javaType() + " " + body.name());
            requiredNames.add(body.name());
        }
        List<String> declarations = new ArrayList<>(requiredDeclarations);
        List<String> arguments = new ArrayList<>(requiredNames);
        List<String> defaultArguments = new ArrayList<>(requiredNames);
        if (!optional.isEmpty()) {
            declarations.add(optionsClass + " " + options);
            arguments.add(options);
            defaultArguments.add("new " + optionsClass + "()");
        }
        return new OperationVars(
                JavaText.literal(operation.operationId()),
                methodName,
                names.withHttpInfoName(operation),
                names.asyncName(operation),
                names.withHttpInfoAsyncName(operation),
                names.requestMethodName(operation),
                options,
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
                optionsClass,
                !optional.isEmpty(),
                bodyVars,
                errors,
                securityLiteral(operation.security()),
                String.join(", ", declarations),
                String.join(", ", arguments),
                String.join(", ", requiredDeclarations),
                String.join(", ", defaultArguments));
    }

    private String javaType(Body body) {
        switch (body.encoding()) {
            case TEXT:
                return "String";
            case BINARY:
                return "byte[]";
            default:
                return types.javaType(body.type());
        }
    }

    private String reader(Body body) {
        switch (body.encoding()) {
            case TEXT:
                return bodyReader + ".text()";
            case BINARY:
                return bodyReader + ".bytes()";
            default:
                return bodyReader + ".json(" + types.codec(body.type()) + ")";
        }
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
        return lines;
    }

    private static String securityLiteral(List<List<String>> security) {
        String list = TypeMarkers.of("java.util", "List") + ".of(";
        return security.stream()
                .map(alternative -> alternative.stream().map(JavaText::literal).collect(Collectors.joining(", ", list, ")")))
                .collect(Collectors.joining(", ", list, ")"));
    }
}
