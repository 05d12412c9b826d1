package dev.oasis.generator.render;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.ClientVars;
import dev.oasis.generator.render.model.ProjectVars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every output file of a model through the templates. */
public final class Renderer {

    /** The runtime templates rendered once per project, with the package they go to (relative to the base package). */
    private static final Map<String, String> RUNTIME_TEMPLATES = runtimeTemplates();

    private final TemplateEngine engine;
    private final ProjectVars project;

    /** Creates a renderer for one project. */
    public Renderer(TemplateEngine engine, ProjectVars project) {
        this.engine = engine;
        this.project = project;
    }

    /** Renders models, APIs and the client runtime. */
    public List<RenderedFile> render(ApiModel model, JavaNames names) {
        List<RenderedFile> files = new ArrayList<>();
        TypeVarsFactory typeVars = new TypeVarsFactory(project, names);
        for (TypeDefinition definition : model.types()) {
            String path = javaPath(project.modelPackage(), names.typeName(definition));
            if (definition instanceof ObjectType object) {
                files.add(render("model.mustache", path, typeVars.model(object)));
            } else if (definition instanceof EnumType enumType) {
                files.add(render("enum.mustache", path, typeVars.enumeration(enumType)));
            } else if (definition instanceof UnionType union) {
                files.add(render("union.mustache", path, typeVars.union(union)));
            }
        }
        ApiVarsFactory apiVars = new ApiVarsFactory(project, names);
        for (Map.Entry<String, List<Operation>> api : operationsByTag(model).entrySet()) {
            String className = names.apiClassName(api.getKey());
            files.add(render("api.mustache", javaPath(project.apiPackage(), className),
                    apiVars.api(api.getKey(), api.getValue())));
        }
        ClientVars client = ClientVarsFactory.client(project, model);
        RUNTIME_TEMPLATES.forEach((template, relativeClass) -> {
            int dot = relativeClass.lastIndexOf('.');
            String packageName = dot < 0 ? project.basePackage() : project.basePackage() + "." + relativeClass.substring(0, dot);
            files.add(render(template, javaPath(packageName, relativeClass.substring(dot + 1)), client));
        });
        return files;
    }

    private RenderedFile render(String template, String path, Object vars) {
        return new RenderedFile(path, engine.render(template, vars), template);
    }

    private static Map<String, List<Operation>> operationsByTag(ApiModel model) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            byTag.computeIfAbsent(operation.tag(), tag -> new ArrayList<>()).add(operation);
        }
        return byTag;
    }

    private static String javaPath(String packageName, String className) {
        return packageName.replace('.', '/') + "/" + className + ".java";
    }

    private static Map<String, String> runtimeTemplates() {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String name : List.of("ApiClient", "ApiException", "ApiRequest", "ApiResponse", "ReadMode")) {
            templates.put("runtime/" + name + ".java.mustache", name);
        }
        for (String name : List.of("Codecs", "Deviation", "JsonCodec", "JsonInput", "JsonNullable", "Unions")) {
            templates.put("runtime/json/" + name + ".java.mustache", "json." + name);
        }
        return templates;
    }
}
