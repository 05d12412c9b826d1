package dev.oasis.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML or JSON file into a {@link SpecDocument} whose every node knows its line:column.
 *
 * <p>SnakeYAML refuses documents over 3 MB by default; Datadog's v2 spec is 4 MB. The limit is
 * lifted to {@link #MAX_CODE_POINTS}, which still stops a runaway or hostile file.
 */
public final class SpecLoader {

    /** The largest spec file accepted, in characters: 64 Mi, sixteen times Datadog's v2 spec. */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private final JsonFactory yamlFactory;
    private final JsonFactory jsonFactory = new JsonFactory();

    /** Creates a loader with the default size bound. */
    public SpecLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        this.yamlFactory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * Loads one file.
     *
     * @param path the file to read
     * @param displayPath how to name the file in messages
     * @throws GenerationException naming the file, line:column and pointer when the file cannot be
     *     read or is not well-formed YAML/JSON
     */
    public SpecDocument load(Path path, Path displayPath) {
        SpecDocument document = new SpecDocument(path.toAbsolutePath().normalize(), displayPath);
        TreeBuilder builder = new TreeBuilder(document);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             JsonParser parser = factoryFor(path).createParser(reader)) {
            document.root(builder.build(parser));
        } catch (NoSuchFileException e) {
            throw GenerationException.of(Diagnostic.error("spec.not-found", SourceLocation.ofFile(displayPath), "",
                    "spec file not found", "check the path; it is resolved against the current directory"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null
                    ? SourceLocation.ofFile(displayPath)
                    : new SourceLocation(displayPath, at.getLineNr(), at.getColumnNr());
            throw GenerationException.of(Diagnostic.error("spec.syntax", location, builder.currentPointer(),
                    "not valid YAML: " + firstLine(e.getOriginalMessage()),
                    "fix the syntax at this line; YAML is indentation-sensitive, and tabs are not allowed"));
        } catch (IOException e) {
            throw GenerationException.of(Diagnostic.error("spec.unreadable", SourceLocation.ofFile(displayPath), "",
                    "cannot read the spec: " + e.getMessage(), "check that the file exists and is readable"));
        }
        if (!(document.root() instanceof SpecMap)) {
            throw GenerationException.of(Diagnostic.error("spec.not-a-map", document.root().location(), "",
                    "the spec must be a YAML mapping with 'openapi', 'info' and 'paths'",
                    "start the file with 'openapi: 3.0.3'"));
        }
        return document;
    }

    private JsonFactory factoryFor(Path path) {
        return path.getFileName().toString().endsWith(".json") ? jsonFactory : yamlFactory;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** Builds the node tree from parser events with an explicit stack, so nesting depth costs no Java stack. */
    private static final class TreeBuilder {

        private final SpecDocument document;
        private final Deque<SpecNode> open = new ArrayDeque<>();
        private String pendingKey;

        TreeBuilder(SpecDocument document) {
            this.document = document;
        }

        SpecNode build(JsonParser parser) throws IOException {
            SpecNode root = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    pendingKey = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    SpecNode closed = open.pop();
                    if (open.isEmpty()) {
                        return closed;
                    }
                    continue;
                }
                NodePosition position = positionFor(parser.currentTokenLocation());
                SpecNode node = switch (token) {
                    case START_OBJECT -> new SpecMap(position);
                    case START_ARRAY -> new SpecList(position);
                    default -> new SpecScalar(position, scalarValue(parser, token));
                };
                attach(node);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(node);
                } else if (open.isEmpty()) {
                    root = node;
                }
            }
            return root;
        }

        private NodePosition positionFor(JsonLocation location) {
            SpecNode parent = open.peek();
            NodePosition parentPosition = parent == null ? null : positionOf(parent);
            String key = parent instanceof SpecList list ? String.valueOf(list.items().size()) : pendingKey;
            return new NodePosition(document, parentPosition, key, location.getLineNr(), location.getColumnNr());
        }

        private void attach(SpecNode node) {
            SpecNode parent = open.peek();
            if (parent instanceof SpecMap map) {
                map.put(pendingKey, node);
            } else if (parent instanceof SpecList list) {
                list.add(node);
            }
        }

        String currentPointer() {
            SpecNode parent = open.peek();
            if (parent == null) {
                return "";
            }
            String base = parent.pointer();
            if (parent instanceof SpecMap && pendingKey != null) {
                return base + "/" + JsonPointers.escape(pendingKey);
            }
            return base;
        }

        private static NodePosition positionOf(SpecNode node) {
            return ((PositionedNode) node).position();
        }

        private static Object scalarValue(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT -> {
                    Number number = parser.getNumberValue();
                    yield number instanceof BigInteger ? number : Long.valueOf(number.longValue());
                }
                case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> parser.getText();
            };
        }
    }
}
