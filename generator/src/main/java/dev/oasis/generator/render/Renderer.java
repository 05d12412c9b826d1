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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Renders every output file of one model through the templates. The outputs are handed out one at a
 * time ({@link #forEachOutput}), each with its template model, so that a caller can skip those it
 * already has and keep nothing but what it still needs; {@link #render(OutputJob)} then makes one.
 */
public final class Renderer {

    private final TemplateSource templates;
    private final TemplateEngine engine;
    private final ProjectVars project;
    private final List<ExtraTemplate> extraTemplates;
    private final ApiModel model;
    private final JavaNames names;
    private final boolean writesRuntime;
    private final ImportStep imports;

    /**
     * Creates a renderer for one named model of one project that also renders the given extra templates.
     *
     * @param writesRuntime whether the runtime is written into {@code project.runtimePackage()}; false
     *     when the project uses a runtime another generation writes
     */
    public Renderer(TemplateSource templates, ProjectVars project, List<ExtraTemplate> extraTemplates, boolean writesRuntime,
            ApiModel model, JavaNames names) {
        this.templates = templates;
        this.engine = new TemplateEngine(templates);
        this.project = project;
        this.extraTemplates = List.copyOf(extraTemplates);
        this.writesRuntime = writesRuntime;
        this.model = model;
        this.names = names;
        List<String> paths = new ArrayList<>();
        traverse((path, template, vars) -> paths.add(path));
        if (writesRuntime) {
            paths.addAll(RuntimeSources.relativePaths(project.runtimePackage(), project.beanValidation()));
        }
        this.imports = new ImportStep(paths);
    }

    /** Renders every file: models, APIs and the client, the runtime copied (if written), every Java file's imports derived. */
    public List<RenderedFile> render() {
        List<RenderedFile> files = new ArrayList<>();
        forEachOutput(job -> files.add(render(job).file()));
        return files;
    }

    /**
     * Hands out every output file in order, with its template model, without rendering it. The
     * template model of a type is built when its outputs are handed out, not before.
     */
    public void forEachOutput(Consumer<OutputJob> sink) {
        traverse((path, template, vars) -> sink.accept(new OutputJob(path, template, vars.get())));
        if (writesRuntime) {
            for (RenderedFile runtime : RuntimeSources.files(templates, project.runtimePackage(), project.beanValidation())) {
                sink.accept(new OutputJob(runtime.relativePath(), runtime.template(), new OutputJob.Copy(runtime.content())));
            }
        }
    }

    /** Renders one output file and derives its imports. */
    public RenderedOutput render(OutputJob job) {
        RenderedFile file = job.vars() instanceof OutputJob.Copy copy
                ? new RenderedFile(job.relativePath(), copy.text(), job.template())
                : new RenderedFile(job.relativePath(), engine.render(job.template(), job.vars()), job.template());
        return imports.apply(file);
    }

    /** The simple names of the top-level Java types this generation writes into {@code packageName}. */
    public Set<String> typesOfPackage(String packageName) {
        return imports.typesByPackage().getOrDefault(packageName, Set.of());
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

    /**
     * Walks every rendered output in order: each model type, each API class, the client, with the
     * extra templates of each (the runtime's copied files are not rendered). A type's template model is
     * built at most once, and only when {@code sink} asks for it.
     */
    private void traverse(Sink sink) {
        TypeVarsFactory typeVars = new TypeVarsFactory(project, model, names);
        for (TypeDefinition definition : model.types()) {
            String className = names.typeName(definition);
            String path = javaPath(project.modelPackage(), className);
            Supplier<Record> vars;
            String template;
            if (definition instanceof ObjectType object) {
                vars = once(() -> typeVars.model(object));
                template = "model.mustache";
            } else if (definition instanceof EnumType enumType) {
                vars = once(() -> typeVars.enumeration(enumType));
                template = "enum.mustache";
            } else if (definition instanceof UnionType union) {
                vars = once(() -> typeVars.union(union));
                template = "union.mustache";
            } else {
                vars = once(() -> typeVars.hierarchy((HierarchyType) definition));
                template = "hierarchy.mustache";
            }
            sink.output(path, template, vars);
            extras(ExtraTemplate.Scope.MODEL, project.modelPackage(), className, vars, sink);
        }
        ApiVarsFactory apiVars = new ApiVarsFactory(project, names);
        for (Map.Entry<String, List<Operation>> api : operationsByTag(model).entrySet()) {
            String className = names.apiClassName(api.getKey());
            Supplier<Record> vars = once(() -> apiVars.api(api.getKey(), api.getValue()));
            sink.output(javaPath(project.apiPackage(), className), "api.mustache", vars);
            extras(ExtraTemplate.Scope.API, project.apiPackage(), className, vars, sink);
        }
        Supplier<Record> client = once(() -> ClientVarsFactory.client(project, model, names));
        sink.output(javaPath(project.basePackage(), TemplateDeclarations.CLIENT_CLASS), "client.mustache", client);
        extras(ExtraTemplate.Scope.ONCE, project.basePackage(), "", client, sink);
    }

    private void extras(ExtraTemplate.Scope scope, String packageName, String className, Supplier<Record> vars, Sink sink) {
        for (ExtraTemplate extra : extraTemplates) {
            if (extra.scope() == scope) {
                sink.output(extra.outputPath(packageName, className), extra.template(), vars);
            }
        }
    }

    private static Supplier<Record> once(Supplier<Record> factory) {
        return new Supplier<>() {
            private Record value;

            @Override
            public Record get() {
                if (value == null) {
                    value = factory.get();
                }
                return value;
            }
        };
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

    /** Receives each output of the walk. */
    private interface Sink {
        void output(String path, String template, Supplier<Record> vars);
    }
}
