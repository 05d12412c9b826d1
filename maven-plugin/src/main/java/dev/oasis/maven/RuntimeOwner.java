package dev.oasis.maven;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.build.ClassLookup;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * For an execution that uses another one's runtime ({@code runtimePackage} other than its
 * {@code basePackage}): warns when no execution of this plugin in the project writes that runtime
 * and it is not on the compile classpath either (a module this one depends on), which would
 * otherwise surface as compiler errors about a missing package.
 */
final class RuntimeOwner {

    private RuntimeOwner() {
    }

    static void warnWhenMissing(GeneratorConfig config, MavenProject project, MojoExecution execution, ClassLookup classes, Log log) {
        if (config.writesRuntime()) {
            return;
        }
        String runtime = config.runtimePackage();
        boolean written = basePackages(project, execution).stream()
                .map(name -> GeneratorConfig.renamedPackage(name).orElse(name)).anyMatch(runtime::equals);
        if (!written && !classes.exists(runtime + ".ApiException")) {
            log.warn("oasis: runtimePackage '" + runtime + "' is the basePackage of no execution of this plugin in the project,"
                    + " and its runtime is not on the compile classpath; add an execution whose basePackage is '" + runtime
                    + "', or depend on the module that has it");
        }
    }

    /** The basePackage of every execution of this plugin in the project, as configured. */
    private static List<String> basePackages(MavenProject project, MojoExecution execution) {
        List<String> packages = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            if (plugin.getGroupId().equals(execution.getGroupId()) && plugin.getArtifactId().equals(execution.getArtifactId())) {
                addBasePackage(plugin.getConfiguration(), packages);
                for (PluginExecution each : plugin.getExecutions()) {
                    addBasePackage(each.getConfiguration(), packages);
                }
            }
        }
        return packages;
    }

    private static void addBasePackage(Object configuration, List<String> packages) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild("basePackage") != null && dom.getChild("basePackage").getValue() != null) {
            packages.add(dom.getChild("basePackage").getValue().trim());
        }
    }
}
