package dev.oasis.generator;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.validate.Validation;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the front end (load, follow references, validate) over small specs written into a folder,
 * and returns every diagnostic as the CLI prints it, with the folder left out of file names so that
 * tests can compare messages verbatim.
 */
public final class SpecChecks {

    private final Path folder;

    public SpecChecks(Path folder) {
        this.folder = folder;
    }

    /** Writes a file into the folder, creating its parent folders. */
    public Path write(String name, String text) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The diagnostics of {@code api.yaml} holding {@code yaml}, at the standard level. */
    public List<String> of(String yaml) {
        return check(write("api.yaml", yaml), ValidationLevel.STANDARD);
    }

    /** The diagnostics of a spec file of the folder, at a level. */
    public List<String> check(Path spec, ValidationLevel level) {
        return diagnose(spec, level).stream().map(this::format).toList();
    }

    /** The diagnostics themselves. */
    public static List<Diagnostic> diagnose(Path spec, ValidationLevel level) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            SpecSet specs = SpecSet.open(spec, new SpecLoader(), diagnostics);
            Validation.run(specs, level, diagnostics);
            return diagnostics.all();
        } catch (GenerationException e) {
            return e.diagnostics();
        }
    }

    /** A diagnostic as printed, file names relative to the folder and the hint on its own line after a newline. */
    public String format(Diagnostic diagnostic) {
        return diagnostic.format().replace(folder + "/", "").replace(folder.toString(), "<folder>")
                .replace(System.lineSeparator(), "\n");
    }
}
