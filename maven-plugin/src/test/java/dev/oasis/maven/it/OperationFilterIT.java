package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.refine.TemplateDeclarations;
import dev.oasis.generator.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operation filter on Datadog's full v2 spec: three incident operationIds must give the same
 * client as {@code spec/incidents.yaml}, which holds exactly those three operations and the
 * schemas they reach, and it must compile without warnings.
 */
class OperationFilterIT {

    private static final Pattern PUBLIC_METHOD = Pattern.compile("\\n    public [^=;(]* (\\w+)\\(");

    @Test
    void threeIncidentOperationsOutOfTheFullSpecGiveTheIncidentsClient() throws Exception {
        Path datadog = ItEnvironment.datadogSpec("OperationFilterIT.threeIncidentOperationsOutOfTheFullSpecGiveTheIncidentsClient");
        ItProject project = ItProject.copy("operation-filter");

        // The full spec warns about ambiguous unions, but none of them is generated here, so none is reported.
        project.build("compile", "-Ddatadog.spec=" + datadog).assertSuccess().assertLogContains("oasis: generated")
                .assertLogLacks("[union.ambiguous]");

        Path output = project.file("target/generated-sources/oasis");
        Set<String> expected = new Generator().render(GeneratorConfig.builder(
                        ItEnvironment.repositoryRoot().resolve("spec/incidents.yaml"), output)
                .basePackage("com.example.incidents").build())
                .stream().map(RenderedFile::relativePath).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, generatedFiles(output), "the same types and API classes as spec/incidents.yaml");
        assertEquals(Set.of("getIncidentIntegration", "getIncidentNotificationTemplate", "getIncidentTodo"),
                operationMethods(output.resolve("com/example/incidents/api/IncidentsApi.java")));
        assertTrue(Files.isRegularFile(project.file("target/classes/com/example/incidents/api/IncidentsApi.class")));
    }

    private static Set<String> generatedFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The operations the API class offers: its public instance methods with the {@code WithHttpInfo} and
     * {@code Async} variants folded into the operation they belong to, nested classes' methods and the API
     * class's own ({@code withOptions}) left out.
     */
    private static Set<String> operationMethods(Path api) throws IOException {
        Matcher method = PUBLIC_METHOD.matcher(Files.readString(api));
        Set<String> names = new TreeSet<>();
        while (method.find()) {
            String name = method.group(1);
            if (Character.isLowerCase(name.charAt(0))) {
                names.add(name.replaceAll("(WithHttpInfo)?(Async)?$", ""));
            }
        }
        names.removeAll(TemplateDeclarations.API_METHODS);
        return names;
    }
}
