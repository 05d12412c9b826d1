package dev.oasis.generator.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
import dev.oasis.generator.render.RuntimeSources;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated proof that every union branch is reachable: for every union of a spec, payloads are
 * written for each branch from the branch's own schema ({@link BranchSamples}) and read through the
 * compiled union's codec. Each must be read as its branch without a deviation, or as another branch
 * that a warning names with it and whose words the reading bears out ({@code warnedAbout}).
 */
public final class UnionProof {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern RECORD = Pattern.compile("\n    record (\\w+)\\(");

    /**
     * What the proof found.
     *
     * @param unions the unions checked
     * @param branches their branches
     * @param payloads the payloads read
     * @param readAsOwn payloads read as their branch without a deviation
     * @param warned payloads read as another branch, as a warning naming both says: without a deviation, or
     *     with undeclared properties only where it says the branch read does not declare all they hold
     * @param unwritable branches for which no payload could be written
     * @param unreachable branches none of whose payloads is read as the branch (a warning names each
     *     of their payloads, or it is in {@code failures}), as {@code Union.branch}
     * @param failures each payload read otherwise: the union, the branch, the payload and what it was read as
     */
    public record Figures(int unions, int branches, int payloads, int readAsOwn, int warned, int unwritable, List<String> unreachable,
            List<String> failures) {

        /** The figures in one line. */
        public String summary() {
            return unions + " unions, " + branches + " branches, " + payloads + " payloads: " + readAsOwn
                    + " read as their branch, " + warned + " as another branch a warning names, " + failures.size()
                    + " otherwise; " + unreachable.size() + " branches unreachable " + unreachable + ", " + unwritable
                    + " without a payload";
        }
    }

    private UnionProof() {
    }

    /**
     * Runs the proof over a spec whose client was generated into {@code basePackage}, against the
     * warnings this generator gives.
     *
     * @param spec the spec
     * @param basePackage the package the client was generated into
     * @param sourceOf the generated source of a file, by its path relative to the output folder
     * @param classes loads the compiled client
     */
    public static Figures run(Path spec, String basePackage, Function<String, String> sourceOf, ClassLoader classes) {
        SpecSet specs = SpecSet.open(spec, new SpecLoader());
        Diagnostics diagnostics = new Diagnostics();
        ApiModel model = ModelBuilder.build(specs, diagnostics);
        List<Diagnostic> warnings = diagnostics.all();
        JavaNames names = NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(), basePackage);
        BranchSamples samples = new BranchSamples(specs);
        Reader reader = new Reader(classes, basePackage);
        int unions = 0;
        int branches = 0;
        int payloads = 0;
        int readAsOwn = 0;
        int warned = 0;
        int unwritable = 0;
        List<String> unreachable = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (TypeDefinition definition : model.types()) {
            if (!(definition instanceof UnionType union) || !isWritten(union)) {
                continue;
            }
            String className = names.typeName(union);
            List<String> records = records(sourceOf.apply(basePackage.replace('.', '/') + "/model/" + className + ".java"));
            unions++;
            for (int i = 0; i < union.variants().size(); i++) {
                UnionType.Variant variant = union.variants().get(i);
                branches++;
                SpecNode schema = nodeOf(specs, variant);
                List<JsonNode> written = samples.of(schema);
                if (written.isEmpty()) {
                    unwritable++;
                    continue;
                }
                boolean reached = false;
                for (JsonNode payload : written) {
                    discriminate(specs, samples, union, schema, payload);
                    payloads++;
                    Reader.Reading reading = reader.read(className, payload.toString());
                    String readAs = reading.recordName();
                    if (readAs.equals(records.get(i)) && reading.deviations().isEmpty()) {
                        readAsOwn++;
                        reached = true;
                    } else if (warnedAbout(warnings, union, variant, reading, records)) {
                        warned++;
                    } else {
                        failures.add(union.specName() + " branch '" + variant.name() + "' payload " + payload + " read as "
                                + readAs + " " + reading.deviations());
                    }
                }
                if (!reached) {
                    unreachable.add(union.specName() + "." + variant.name());
                }
            }
        }
        return new Figures(unions, branches, payloads, readAsOwn, warned, unwritable, unreachable, failures);
    }

    /** Unions written as {@code oneOf} or {@code anyOf} in the spec (type lists and tuples are checked by their own tests). */
    private static boolean isWritten(UnionType union) {
        return union.variants().stream().allMatch(v -> v.origin().pointer().matches(".*/(oneOf|anyOf)/\\d+"));
    }

    private static SpecNode nodeOf(SpecSet specs, UnionType.Variant variant) {
        for (var document : specs.documents()) {
            if (document.path().equals(variant.origin().location().file())) {
                return document.at(variant.origin().pointer()).orElseThrow();
            }
        }
        throw new IllegalStateException("no document " + variant.origin().location().file());
    }

    /** Sets the union's own discriminator to the branch's value, as its producers would. */
    private static void discriminate(SpecSet specs, BranchSamples samples, UnionType union, SpecNode branch, JsonNode payload) {
        String unionPointer = union.variants().get(0).origin().pointer().replaceAll("/(oneOf|anyOf)/\\d+$", "");
        SpecNode unionNode = nodeOf(specs, union.variants().get(0)).document().at(unionPointer).orElse(null);
        if (unionNode instanceof SpecMap map && payload instanceof ObjectNode object) {
            Optional<String> property = map.map("discriminator").flatMap(d -> d.text("propertyName"));
            if (property.isPresent()) {
                samples.discriminatorValue(map, branch).ifPresent(value -> object.put(property.get(), value));
            }
        }
    }

    /**
     * True when a warning names the union, the branch the payload was written for and the one it was
     * read as, and says what the reading shows: that both accept the payload (it was read without a
     * deviation), or that the branch it was read as does not declare all it holds (its only
     * deviations are undeclared properties).
     */
    private static boolean warnedAbout(List<Diagnostic> warnings, UnionType union, UnionType.Variant variant, Reader.Reading reading,
            List<String> records) {
        int chosen = records.indexOf(reading.recordName());
        if (chosen < 0) {
            return false;
        }
        String chosenLabel = "'" + union.variants().get(chosen).name() + "'";
        boolean undeclaredOnly = reading.deviations().stream().allMatch(d -> d.contains(": undeclared property of "));
        return warnings.stream().anyMatch(w -> w.id().equals("union.ambiguous") && w.message().contains("'" + union.specName() + "'")
                && w.message().contains(chosenLabel) && w.message().contains("'" + variant.name() + "'")
                && (reading.deviations().isEmpty() || undeclaredOnly && w.message().contains("which does not declare all they hold")));
    }

    /** The variant records of a generated union, in spec order. */
    static List<String> records(String source) {
        List<String> records = new ArrayList<>();
        Matcher matcher = RECORD.matcher(source);
        while (matcher.find()) {
            if (!matcher.group(1).equals("Unknown")) {
                records.add(matcher.group(1));
            }
        }
        return records;
    }

    /** Reads JSON through a compiled union's codec, tolerantly. */
    private static final class Reader {

        private final ClassLoader classes;
        private final String basePackage;

        Reader(ClassLoader classes, String basePackage) {
            this.classes = classes;
            this.basePackage = basePackage;
        }

        record Reading(String recordName, List<String> deviations) {
        }

        Reading read(String className, String json) {
            try (JsonParser parser = JSON.createParser(json)) {
                Class<?> input = Class.forName(basePackage + ".json.JsonInput", true, classes);
                Class<?> codecType = Class.forName(basePackage + ".json.JsonCodec", true, classes);
                Object codec = Class.forName(basePackage + ".model." + className, true, classes).getField("CODEC").get(null);
                List<Object> deviations = new ArrayList<>();
                Object in = input.getMethod("start", JsonParser.class, List.class).invoke(null, parser, deviations);
                Object value = input.getMethod("read", codecType).invoke(in, codec);
                return new Reading(value.getClass().getSimpleName(), deviations.stream().map(Object::toString).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("reading " + json + " as " + className + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
