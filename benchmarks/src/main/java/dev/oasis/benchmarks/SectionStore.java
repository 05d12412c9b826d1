package dev.oasis.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each section's figures in a file of their own ({@code DIR/sections/SECTION.json}), from which the
 * report is assembled: a run that covers only some sections replaces only their files, and the
 * report shows every section measured so far, each with its own date, commit, command and load.
 * A section's file is written as soon as the section ends.
 */
final class SectionStore {

    /** The directory of the section files, under the results directory. */
    static final String DIRECTORY = "sections";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    /** A store under {@code resultsDir}. */
    SectionStore(Path resultsDir) {
        this.dir = resultsDir.resolve(DIRECTORY);
    }

    /** Where the section files are. */
    Path dir() {
        return dir;
    }

    /** Saves the figures of {@code run}'s section, taken from {@code results}. */
    void save(SectionRun run, Results results) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(run.section() + ".json"),
                JSON.writeValueAsString(only(run, results)) + "\n");
    }

    /**
     * Every section saved so far, with the machine of {@code latest} (this run's) and its baseline,
     * or else the first baseline a saved section names.
     */
    Results gather(Results latest) throws IOException {
        List<Results> parts = new ArrayList<>();
        for (String section : BenchmarkOptions.ALL_SECTIONS) {
            Path file = dir.resolve(section + ".json");
            if (Files.isRegularFile(file)) {
                parts.add(JSON.readValue(file.toFile(), Results.class));
            }
        }
        Optional<String> baseline = latest.baseline().or(() -> parts.stream().map(Results::baseline)
                .flatMap(Optional::stream).findFirst());
        return new Results(latest.environment(), latest.memoryMethod(), baseline,
                all(parts, Results::runs), all(parts, Results::generation), all(parts, Results::scaling),
                all(parts, Results::goals), first(parts, Results::reading), first(parts, Results::readingSettings),
                all(parts, Results::publishedBodies), all(parts, Results::largeBodies), all(parts, Results::profiles));
    }

    private static Results only(SectionRun run, Results r) {
        String s = run.section();
        boolean reading = s.equals("reading");
        return new Results(r.environment(), r.memoryMethod(), run.baseline(), List.of(run),
                s.equals("generation") ? r.generation() : List.of(), s.equals("scaling") ? r.scaling() : List.of(),
                s.equals("incremental") ? r.goals() : List.of(), reading ? r.reading() : null,
                reading ? r.readingSettings() : null, reading ? r.publishedBodies() : List.of(),
                reading ? r.largeBodies() : List.of(), s.equals("profile") ? r.profiles() : List.of());
    }

    private static <T> List<T> all(List<Results> parts, Function<Results, List<T>> field) {
        return parts.stream().flatMap(p -> field.apply(p).stream()).toList();
    }

    private static <T> T first(List<Results> parts, Function<Results, T> field) {
        return parts.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
