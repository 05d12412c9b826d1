package dev.oasis.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.GenerationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block reader gives exactly SnakeYAML's tree (every node's value, type, line and column, every
 * duplicate key) for the YAML it reads, and leaves everything else, valid or not, to SnakeYAML.
 */
class BlockYamlReaderTest {

    static Stream<String> readAlike() {
        return Stream.of(
                // plain scalars: words, folding over lines and blank lines, comments, colons and dashes inside
                "a: word\nb: two words  \nc: with # a comment\nd: a#b\ne: http://x.y/z?q=1\nf: -x\ng: -1\n",
                "a: first line\n  second line\n\n  after a blank\n\n\n  after two\nb: next\n",
                "a:\n  starts below\n  and goes on\n# comment\nb: 1\n",
                "a: text\n  # a comment ends it\nb: 2\n",
                "- item one\n  continued\n- item two\n",
                "a: x\tb\n",
                // numbers, booleans, nulls, timestamps and look-alikes, as Jackson types them
                "a: 0\nb: -0\nc: 12\nd: 123456789012345678901234567890\ne: 1.5\nf: -1.5e3\ng: 1e5\nh: .5\ni: 1.\nj: 0.10\n",
                "a: true\nb: True\nc: TRUE\nd: yes\ne: No\nf: on\ng: OFF\nh: y\ni: n\nj: ~\nk: null\nl: Null\nm: NULL\nn: nul\n",
                "a: 2020-01-01\nb: 2020-01-01T10:00:00Z\nc: =\nd: <\ne: 1-2\nf: 127.0.0.1\ng: 1.2.3\nh: 01:02\n",
                "a: 9223372036854775807\nb: 9223372036854775808\nc: -9223372036854775809\nd: 2147483648\n",
                // quoted scalars: escapes, folding, backslash line ends
                "a: 'it''s'\nb: \"tab\\tquote\\\"back\\\\slash\"\nc: \"\\x41\\u00e9\\U0001F600\\0\\a\\b\\e\\f\\v\\N\\_\\L\\P\\ \"\n",
                "a: \"one\n  two\n\n  three\"\nb: 'x\n\n\n  y'\nc: \"joined\\\n  here\"\n",
                "a: \"  spaces kept  \"\nb: ''\nc: \"\"\nd: 'a \"b\" \\\\ c'\ne: \"it's\"\n",
                "'quoted key': 1\n\"double key\": 2\n'': 3\n",
                // block scalars: literal and folded, chomping, indentation indicator, blank and deeper lines
                "a: |\n  one\n  two\n\nb: |-\n  one\n  two\n\nc: |+\n  one\n\n\nd: end\n",
                "a: >\n  one\n  two\n\n  three\n    deeper\n  back\nb: >-\n  x\n  y\nc: >+\n  z\n\n",
                "a: |2\n    indented\n  base\nb: |-2\n   x\nc: >1-\n  y\n",
                "a: |\n\n\n  after blanks\n      \n  more\nb: |\n\n  \n    narrow blank first\n",
                "a: |\nb: |-\nc: >\n",
                "a:\n  b: |\n    text\n  c: 1\n",
                "- |\n  in a list\n- >-\n  folded\n  item\n",
                "a: |  # comment\n  text\n",
                "a: |\n  last line without a break",
                // structure: nesting, sequences, indentless and compact forms, empty values
                "a:\n  b:\n    c: 1\n    d: 2\n  e: 3\nf: 4\n",
                "a:\n- 1\n- 2\nb:\n  - x\n  - y: 1\n    z: 2\n  -   w: 3\n",
                "- - a\n  - b\n- - c\n",
                "-\n  a: 1\n-\n  - b\n",
                "a:\nb:\n  c:\nd: 1\n",
                "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n",
                "key with spaces: 1\n200: ok\n/path/{id}: x\na:b: c\nx:: y\n",
                "---\na: 1\n",
                "--- # first\na: 1\n",
                "  a: indented root\n  b: 2\n",
                "a: 1\r\nb:\r\n  - x\r\n  - 'y\r\n    z'\r\nc: |\r\n  t\r\n",
                "just a scalar\n",
                // flow collections: one line and several, nested, trailing commas, single pairs, comments
                "a: [1, two, 'three', \"four\", [5], {six: 6}]\nb: {}\nc: []\nd: {\"e\": 1, \"f\":2}\n",
                "a: [1,\n  2, # two\n  3,\n]\nb: {x: 1,\n    y: [a,\n  b]}\n",
                "a: [\"k\": v, x: [1], 'q': 'w']\n",
                "a: [multi word, also\n  folded]\n",
                "[1, 2]\n",
                "a: 😀 [b]\nb: [😀, c]\n",
                "a: x # comment\n# end\n");
    }

    @ParameterizedTest
    @MethodSource("readAlike")
    void readsLikeSnakeYaml(String yaml) {
        Optional<String> expected = YamlTrees.snakeYaml(yaml);
        assertTrue(expected.isPresent(), "SnakeYAML reads it");
        assertEquals(expected, YamlTrees.fast(yaml));
    }

    static Stream<String> leftToSnakeYaml() {
        return Stream.of(
                "a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n",
                "<<: {a: 1}\n", "a: 0x1F\n", "a: 1_000\n", "a: +5\n", "a: .inf\n", "a: 012\n", "a: 1:30\n",
                "a: \"\\/\"\n", "a:\n\tb: 1\n", "a: {b}\n", "a: [b: ]\n", "a: b\rc: d\n", "", "# only a comment\n",
                "a: \u0085\n", "- \n- a\n", "a: [1, 2\n");
    }

    @ParameterizedTest
    @MethodSource("leftToSnakeYaml")
    void leavesOtherYamlToSnakeYaml(String yaml) {
        assertEquals(Optional.empty(), YamlTrees.fast(yaml));
    }

    static Stream<String> invalid() {
        return Stream.of(
                "a: b: c\n", "a: 1\n b: 2\n", "a:\n  b: 1\n   c: 2\n", "a: 'open\n", "a: \"open\n", "- a\nb: 1\n",
                "a:\n  - x\n  y: 1\n", "a: |0\n  x\n", "a: |x\n", "a: 'x' y\n", "a: [1, 2]]\n", "a: @b\n", "a: `b`\n",
                "a: \"\\q\"\n", "a: b\n  c: d\n", "a: x\n\tb: y\n", "a: |\n  x\n\ty\n",
                "a: |\n      \n    a blank line wider than the text\n");
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void neverReadsWhatSnakeYamlRefuses(String yaml) {
        assertEquals(Optional.empty(), YamlTrees.snakeYaml(yaml), "SnakeYAML refuses it");
        assertEquals(Optional.empty(), YamlTrees.fast(yaml));
    }

    @Test
    void randomDocumentsAndMutationsReadAlikeOrAreLeftToSnakeYaml() {
        RandomYaml random = new RandomYaml(20261129);
        int read = 0;
        int mutatedRead = 0;
        for (int i = 0; i < 1500; i++) {
            String yaml = random.document();
            Optional<String> fast = YamlTrees.fast(yaml);
            Optional<String> expected = YamlTrees.snakeYaml(yaml);
            if (fast.isPresent()) {
                assertEquals(expected, fast, yaml);
                read++;
            }
            String mutated = random.mutated(yaml);
            Optional<String> mutatedFast = YamlTrees.fast(mutated);
            if (mutatedFast.isPresent()) {
                assertEquals(YamlTrees.snakeYaml(mutated), mutatedFast, mutated);
                mutatedRead++;
            }
        }
        assertTrue(read > 1000, "the block reader read " + read + " of 1500 documents");
        assertTrue(mutatedRead > 500, "the block reader read " + mutatedRead + " of 1500 mutated documents");
    }

    @Test
    void aDocumentThatIsNullIsAnEmptyFileWhicheverWayItIsRead(@TempDir Path folder) throws IOException {
        Path spec = Files.writeString(folder.resolve("api.yaml"), "---\n~\n");
        assertTrue(BlockYamlReader.read("---\n~\n", new TreeBuilder(new SpecDocument(spec, spec))), "the block reader reads it");

        GenerationException empty = assertThrows(GenerationException.class, () -> new SpecLoader().load(spec, spec));

        assertEquals("spec.empty", empty.diagnostics().get(0).id());
    }

    @Test
    void everyYamlFileOfTheRepositoryReadsAlike() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RepositoryFiles.root())) {
            files = walk.filter(file -> file.toString().matches(".*\\.ya?ml") && !file.toString().contains("/target/")
                    && !file.toString().contains("/.git/")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Optional<String> expected = YamlTrees.snakeYaml(yaml);
            Optional<String> fast = YamlTrees.fast(yaml);
            if (fast.isPresent()) {
                assertEquals(expected, fast, file.toString());
            }
        }
    }

    @Test
    void datadogSpecsReadAlikeWithoutSnakeYaml() throws IOException {
        for (String name : List.of("datadog-v2-openapi.yaml", "datadog-v1-openapi.yaml")) {
            String yaml = Files.readString(RepositoryFiles.corpus(name), StandardCharsets.UTF_8);
            Optional<String> fast = YamlTrees.fast(yaml);
            assertTrue(fast.isPresent(), name + " is read by the block reader");
            assertEquals(YamlTrees.snakeYaml(yaml), fast, name);
        }
    }
}
