package dev.oasis.generator.incremental;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.render.TemplateSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides, without parsing the spec, whether the last generation's output is still what this
 * configuration would produce: the spec files the last run read are re-hashed, the fingerprint
 * recomputed, and every generated file must still exist with the content it was written with.
 * Files whose size and modification time are unchanged are not read.
 */
public final class UpToDateCheck {

    private UpToDateCheck() {
    }

    /** True when generating again would change nothing. */
    public static boolean isUpToDate(BuildState previous, GeneratorConfig config, TemplateSource templates) {
        Path spec = config.specFile().toAbsolutePath().normalize();
        if (!previous.specFiles().containsKey(spec)) {
            return false;
        }
        Map<Path, String> current = new TreeMap<>();
        for (Map.Entry<Path, FileStamp> entry : previous.specFiles().entrySet()) {
            Path file = entry.getKey();
            Optional<String> digest = entry.getValue().currentDigest(file);
            if (digest.isEmpty()) {
                return false;
            }
            current.put(file, digest.get());
        }
        if (!Fingerprint.of(config, current, templates).equals(previous.fingerprint())) {
            return false;
        }
        Path output = config.outputDirectory();
        return previous.outputs().entrySet().stream()
                .allMatch(entry -> entry.getValue().matches(output.resolve(entry.getKey())));
    }
}
