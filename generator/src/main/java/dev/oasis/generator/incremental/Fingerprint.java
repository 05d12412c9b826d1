package dev.oasis.generator.incremental;

import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.GeneratorVersion;
import dev.oasis.generator.render.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Digests of what decides the generated output. {@link #ofRendering} covers how a template model
 * becomes text: the generator's version (and jar) and every template in use: the overriding ones
 * (including extra templates and partials) by content, the built-in ones through the jar they are
 * packaged in, or by content when the generator does not run from a jar. {@link #of} adds the
 * configuration and every spec file's content, and so covers everything.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprint of a generation with these inputs. */
    public static String of(GeneratorConfig config, Map<Path, String> specFileDigests, TemplateSource templates) {
        MessageDigest digest = Hashes.sha256();
        update(digest, "rendering " + ofRendering(templates));
        update(digest, config.describe());
        new TreeMap<>(specFileDigests).forEach((file, hash) -> update(digest, "spec " + hash + " " + file));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of the rendering: two generations with the same one render the same template
     * model through the same template name into the same text (every configuration value that reaches
     * a file does so through its template model, its path or its template's name).
     */
    public static String ofRendering(TemplateSource templates) {
        MessageDigest digest = Hashes.sha256();
        Optional<String> jar = GeneratorVersion.jarIdentity();
        update(digest, "generator " + GeneratorVersion.get() + " " + jar.orElse("classes"));
        SortedSet<String> names = new TreeSet<>(templates.overrideNames());
        if (jar.isEmpty()) {
            names.addAll(TemplateSource.builtInNames());
            names.addAll(TemplateSource.runtimeNames());
        }
        for (String name : names) {
            update(digest, "template " + Hashes.of(templates.bytes(name)) + " " + templates.describe(name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
