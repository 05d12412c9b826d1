package dev.oasis.maven.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A project with every convention on ({@code src/it/conventions}): its own tests, run by Maven,
 * validate the generated models with Hibernate Validator, serialize them with
 * {@code ObjectOutputStream}, and use the team's own {@code Money} class and the mapped Java types
 * under the team's model names; a mapping to a class that does not exist fails at the schema.
 */
class ConventionsIT {

    private static final String MODEL = "target/generated-sources/oasis/com/mycompany/shop/model/";

    @Test
    void theTeamsConventionsAndClassesShapeTheModelsAndItsTestsPass() throws Exception {
        ItProject project = ItProject.copy("conventions");

        project.build("test").assertSuccess()
                .assertLogContains("[WARNING] oasis: basePackage 'com.my-company.shop' is not a valid Java package name;"
                        + " the generated code uses 'com.mycompany.shop'")
                .assertLogContains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0")
                .assertLogLacks("is not on the compile classpath");
        String order = Files.readString(project.file(MODEL + "ShopOrderDto.java"), StandardCharsets.UTF_8);
        assertTrue(order.contains("\n@Generated(\"dev.oasis.generator.Generator\")\n"), "@Generated, without a date");
        assertFalse(Files.exists(project.file(MODEL + "ShopMoneyDto.java")), "a mapped schema is not generated");
        assertTrue(Files.isRegularFile(project.file("target/classes/META-INF/services/jakarta.validation.valueextraction.ValueExtractor")),
                "the value extractor's service file is a resource of the project");

        project.build("generate-sources", "-Dmoney.mapping=Money=com.example.money.Mony").assertFailure()
                .assertLogContains("shop.yaml:72:7: error: [mapping.class-missing] schemaMappings maps 'Money' to"
                        + " com.example.money.Mony, a class that is neither on the compile classpath nor among the project's sources"
                        + " (at #/components/schemas/Money)")
                .assertLogContains("[ERROR]   hint: check the class name");
        assertTrue(Files.isRegularFile(project.file(MODEL + "ShopOrderDto.java")), "a failed generation leaves the output as it was");
        Path spec = project.file("src/main/openapi/shop.yaml");
        assertTrue(Files.readAllLines(spec).get(71).startsWith("      type: object"), "line 72 is the Money schema's first line");
    }
}
