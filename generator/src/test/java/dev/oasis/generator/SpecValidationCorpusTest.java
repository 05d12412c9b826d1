package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.validate.ValidationLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own spec and Datadog's full public specs pass validation even at the strict level:
 * not an error, not a warning. (Skipped, with a line saying so, where the shared corpus is absent.)
 */
class SpecValidationCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"datadog-v1-openapi.yaml", "datadog-v2-openapi.yaml"})
    void datadogSpecsPassStrictValidation(String name) {
        assertEquals(List.of(), problems(RepositoryFiles.corpus(name)));
    }

    @Test
    void theIncidentsSpecPassesStrictValidation() {
        assertEquals(List.of(), problems(RepositoryFiles.incidentsSpec()));
    }

    private static List<String> problems(Path spec) {
        return SpecChecks.diagnose(spec, ValidationLevel.STRICT).stream().map(Diagnostic::format).toList();
    }
}
