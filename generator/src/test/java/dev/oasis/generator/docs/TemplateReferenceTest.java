package dev.oasis.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps {@code templates/REFERENCE.md} in step with the template model records and their Javadoc. */
class TemplateReferenceTest {

    private static final String REGENERATE = "regenerate it from the repository root with: "
            + "mvn -B -q -DskipTests package -pl generator -am && "
            + "java -cp generator/target/generator-cli.jar dev.oasis.generator.docs.TemplateReference";

    @Test
    void theCommittedReferenceIsUpToDate() throws Exception {
        Path root = RepositoryFiles.root();
        String expected = new TemplateReference().render(root.resolve(TemplateReference.MODEL_SOURCES));
        Path committed = root.resolve(TemplateReference.REFERENCE);
        assertTrue(Files.isRegularFile(committed), committed + " is missing; " + REGENERATE);
        assertEquals(expected, Files.readString(committed, StandardCharsets.UTF_8),
                TemplateReference.REFERENCE + " is out of date; " + REGENERATE);
    }

    @Test
    void everyFieldOfEveryTemplateModelIsDocumented() {
        TemplateReference reference = new TemplateReference();
        reference.render(RepositoryFiles.root().resolve(TemplateReference.MODEL_SOURCES));
        assertEquals(java.util.List.of(), reference.undocumented(), "fields without Javadoc (@param on the record)");
    }

    @Test
    void theReferenceListsEveryTemplateWithItsModel() {
        String markdown = new TemplateReference().render(RepositoryFiles.root().resolve(TemplateReference.MODEL_SOURCES));
        Renderer.templateModels().forEach((template, model) -> {
            assertTrue(markdown.contains("| `" + template + "` | [`" + model.getSimpleName() + "`]"), template);
            assertTrue(markdown.contains("\n## " + model.getSimpleName() + "\n"), model.getSimpleName());
        });
    }
}
