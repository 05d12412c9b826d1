package dev.oasis.generator.render;

import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.TemplateDeclarations;
import dev.oasis.generator.render.model.ApiVars;
import dev.oasis.generator.render.model.ClientVars;
import dev.oasis.generator.render.model.EnumVars;
import dev.oasis.generator.render.model.HierarchyVars;
import dev.oasis.generator.render.model.ModelVars;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.render.model.UnionVars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every output file of a model through the templates. */
public final class Renderer {

    private final TemplateSource templates;
    private final TemplateEngine engine;
    private final ProjectVars project;
    private final List<ExtraTemplate> extraTemplates;
    private final boolean writesRuntime;

    /** Creates a renderer for one project that also renders the given extra templates and writes the runtime. */
    public Renderer(TemplateSource templates, ProjectVars project, List<ExtraTemplate> extraTemplates) {
        this(templates, project, extraTemplates, true);
    }

    /**
     * Creates a renderer for one project that also renders the given extra templates.
     *
     * @param writesRuntime whether the runtime is written into {@code project.runtimePackage()}; false
     *     when the project uses a runtime another generation writes
     */
    public Renderer(TemplateSource templates, ProjectVars project, List<ExtraTemplate> extraTemplates, boolean writesRuntime) {
        this.templates = templates;
        this.engine = new TemplateEngine(templates);
        this.project = project;
        this.extraTemplates = List.copyOf(extraTemplates);
        this.writesRuntime = writesRuntime;
    }

    /** Renders models, APIs and the client, copies the runtime, and derives every Java file's imports. */
    public List<RenderedFile> render(ApiModel model, JavaNames names) {
        List<RenderedFile> files = new ArrayList<>();
        TypeVarsFactory typeVars = new TypeVarsFactory(project, model, names);
        for (TypeDefinition definition : model.types()) {
            String className = names.typeName(definition);
            String path = javaPath(project.modelPackage(), className);
            Object vars;
            if (definition instanceof ObjectType object) {
                vars = typeVars.model(object);
                files.add(render("model.mustache", path, vars));
            } else if (definition instanceof EnumType enumType) {
                vars = typeVars.enumeration(enumType);
                files.add(render("enum.mustache", path, vars));
            } else if (definition instanceof UnionType union) {
                vars = typeVars.union(union);
                files.add(render("union.mustache", path, vars));
            } else {
                vars = typeVars.hierarchy((HierarchyType) definition);
                files.add(render("hierarchy.mustache", path, vars));
            }
            renderExtras(ExtraTemplate.Scope.MODEL, project.modelPackage(), className, vars, files);
        }
        ApiVarsFactory apiVars = new ApiVarsFactory(project, names);
        for (Map.Entry<String, List<Operation>> api : operationsByTag(model).entrySet()) {
            String className = names.apiClassName(api.getKey());
            Object vars = apiVars.api(api.getKey(), api.getValue());
            files.add(render("api.mustache", javaPath(project.apiPackage(), className), vars));
            renderExtras(ExtraTemplate.Scope.API, project.apiPackage(), className, vars, files);
        }
        ClientVars client = ClientVarsFactory.client(project, model, names);
        files.add(render("client.mustache", javaPath(project.basePackage(), TemplateDeclarations.CLIENT_CLASS), client));
        if (writesRuntime) {
            files.addAll(RuntimeSources.files(templates, project.runtimePackage(), project.beanValidation()));
        }
        renderExtras(ExtraTemplate.Scope.ONCE, project.basePackage(), "", client, files);
        return ImportStep.apply(files);
    }

    /** Each template the renderer renders itself (partials and extra templates aside), with the record it renders. */
    public static Map<String, Class<? extends Record>> templateModels() {
        Map<String, Class<? extends Record>> models = new LinkedHashMap<>();
        models.put("model.mustache", ModelVars.class);
        models.put("enum.mustache", EnumVars.class);
        models.put("union.mustache", UnionVars.class);
        models.put("hierarchy.mustache", HierarchyVars.class);
        models.put("api.mustache", ApiVars.class);
        models.put("client.mustache", ClientVars.class);
        return models;
    }

    private void renderExtras(ExtraTemplate.Scope scope, String packageName, String className, Object vars,
            List<RenderedFile> files) {
        for (ExtraTemplate extra : extraTemplates) {
            if (extra.scope() == scope) {
                files.add(render(extra.template(), extra.outputPath(packageName, className), vars));
            }
        }
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
}
