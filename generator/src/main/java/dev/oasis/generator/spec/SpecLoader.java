package dev.oasis.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML or JSON file into a {@link SpecDocument} whose every node knows its line:column.
 * Whatever stops the reading (a missing, binary, empty or oversized file, a syntax error, nesting
 * deeper than {@link #MAX_DEPTH}, an alias bomb) is one located error, never a stack trace.
 *
 * <p>YAML in the block style specs are written in is read by {@link BlockYamlReader}, several times
 * faster than SnakeYAML and with the same nodes, values and positions; any other YAML, and JSON, is
 * read through Jackson (SnakeYAML for YAML), which also reports every error.
 *
 * <p>SnakeYAML refuses documents over 3 MB by default; Datadog's v2 spec is 4 MB. The limit is
 * lifted to {@link #MAX_CODE_POINTS}, which still stops a runaway or hostile file.
 */
public final class SpecLoader {

    /** The largest spec file accepted, in characters: 64 Mi, sixteen times Datadog's v2 spec. */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    /** The deepest nesting accepted; real specs stay within a few dozen levels. */
    public static final int MAX_DEPTH = 1000;

    private final JsonFactory yamlFactory;
    private final JsonFactory jsonFactory;

    /** Creates a loader with the default bounds. */
    public SpecLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
        this.yamlFactory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /**
     * Loads one file.
     *
     * @param path the file to read
     * @param displayPath how to name the file in messages
     * @throws GenerationException naming the file, line:column and pointer when the file cannot be
     *     read, is empty or is not well-formed YAML/JSON
     */
    public SpecDocument load(Path path, Path displayPath) {
        String text = SpecText.decode(read(path, displayPath), displayPath);
        if (!isJson(path)) {
            SpecDocument document = new SpecDocument(path.toAbsolutePath().normalize(), displayPath);
            TreeBuilder builder = new TreeBuilder(document);
            if (BlockYamlReader.read(text, builder)) {
                document.root(builder.root());
                return notEmpty(document, displayPath);
            }
        }
        return loadThroughJackson(path, displayPath, text);
    }

    /** Reads the text through Jackson (SnakeYAML for YAML), the way every file not in the plain block style is read. */
    SpecDocument loadThroughJackson(Path path, Path displayPath, String text) {
        SpecDocument document = new SpecDocument(path.toAbsolutePath().normalize(), displayPath);
        TreeBuilder builder = new TreeBuilder(document);
        try (JsonParser parser = factoryFor(path).createParser(text)) {
            document.root(builder.build(parser));
        } catch (StreamConstraintsException e) {
            SpecNode outer = builder.ancestor(4);
            SpecNode inner = builder.innermost();
            throw GenerationException.of(Diagnostic.error("spec.too-deep", inner == null ? locationOf(e, displayPath) : inner.location(),
                    outer == null ? "" : outer.pointer(),
                    "the spec nests deeper than " + MAX_DEPTH + " levels here",
                    "real specs nest a few dozen levels at most; look for runaway nesting"));
        } catch (JsonProcessingException e) {
            throw GenerationException.of(Diagnostic.error("spec.syntax", locationOf(e, displayPath), builder.currentPointer(),
                    "not valid YAML: " + firstLine(e.getOriginalMessage()),
                    "fix the syntax at this line; YAML is indentation-sensitive, and tabs are not allowed"));
        } catch (IOException e) {
            throw unreadable(displayPath, e);
        }
        return notEmpty(document, displayPath);
    }

    private static SpecDocument notEmpty(SpecDocument document, Path displayPath) {
        if (document.root() == null || document.root() instanceof SpecScalar scalar && scalar.isNull()) {
            throw GenerationException.of(Diagnostic.error("spec.empty", SourceLocation.ofFile(displayPath), "",
                    "the file is empty", "write the spec into it, starting with 'openapi: 3.0.3'"));
        }
        return document;
    }

    private static byte[] read(Path path, Path displayPath) {
        try {
            if (Files.size(path) > MAX_CODE_POINTS) {
                throw GenerationException.of(Diagnostic.error("spec.too-large", SourceLocation.ofFile(displayPath), "",
                        "the file is larger than " + MAX_CODE_POINTS / (1024 * 1024) + " MiB",
                        "check that the path names the spec; split a spec this large into files that refer to each other"));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw GenerationException.of(Diagnostic.error("spec.not-found", SourceLocation.ofFile(displayPath), "",
                    "spec file not found", "check the path; it is resolved against the current directory"));
        } catch (IOException e) {
            throw unreadable(displayPath, e);
        }
    }

    private static GenerationException unreadable(Path displayPath, IOException e) {
        return GenerationException.of(Diagnostic.error("spec.unreadable", SourceLocation.ofFile(displayPath), "",
                "cannot read the spec: " + e.getMessage(), "check that the file exists and is readable"));
    }

    private static SourceLocation locationOf(JsonProcessingException e, Path displayPath) {
        JsonLocation at = e.getLocation();
        return at == null ? SourceLocation.ofFile(displayPath) : new SourceLocation(displayPath, at.getLineNr(), at.getColumnNr());
    }

    private JsonFactory factoryFor(Path path) {
        return isJson(path) ? jsonFactory : yamlFactory;
    }

    private static boolean isJson(Path path) {
        return path.getFileName().toString().endsWith(".json");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
