package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.UnionType.Variant;
import dev.oasis.generator.model.ValueSet;
import dev.oasis.generator.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, at generation time, how a payload is matched to a union branch: reads what each branch
 * accepts (with an explicit discriminator's values), gives each the test that tells it from the
 * others ({@link BranchTests}), orders the tests ({@link MatchOrder}), leaves a payload to the
 * branch that declares what it carries ({@link DeclaringBranch}), and warns where a branch's
 * payloads are taken for another's ({@link Overlaps}), quoting such a payload.
 */
final class VariantMatching {

    private static final int QUOTED = 200;

    /**
     * A union branch before matching.
     *
     * @param label the branch's label, unique in the union
     * @param type the branch's type
     * @param schema the branch's schema node, possibly a {@code $ref}
     * @param origin where the branch is declared
     */
    record Branch(String label, TypeRef type, SpecNode schema, Origin origin) {
    }

    private final SchemaTypes types;
    private final UnionType union;
    private final Optional<Discriminator> discriminator;

    VariantMatching(SchemaTypes types, UnionType union, Optional<Discriminator> discriminator) {
        this.types = types;
        this.union = union;
        this.discriminator = discriminator;
    }

    /** Decides each branch's test and the order of the tests, warns about overlaps, and completes the union. */
    void complete(List<Branch> branches, String description, boolean deprecated) {
        List<ValueSet> sets = new ArrayList<>();
        for (Branch branch : branches) {
            ValueSet values = types.values().of(branch.schema());
            sets.add(discriminator.map(d -> Intersections.of(values, d.valueSetFor(branch.schema(), types))).orElse(values));
        }
        List<ValueSet> told = BranchTests.of(sets);
        List<Integer> order = MatchOrder.of(sets, told);
        List<ValueSet> tests = DeclaringBranch.of(sets, told, order);
        List<TypeRef> branchTypes = branches.stream().map(Branch::type).toList();
        Map<List<Object>, List<Overlaps.Overlap>> byPayload = new LinkedHashMap<>();
        for (Overlaps.Overlap overlap : Overlaps.find(sets, tests, branchTypes, order, union.anyOf())) {
            byPayload.computeIfAbsent(List.of(overlap.chosen(), overlap.payload(), overlap.bothAccept()), key -> new ArrayList<>())
                    .add(overlap);
        }
        byPayload.values().forEach(overlaps -> report(branches, sets, overlaps));
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            variants.add(new Variant(branch.label(), branch.type(), tests.get(i), branch.origin()));
        }
        union.complete(description, deprecated, variants, order.stream().map(variants::get).toList());
    }

    /** One warning for the branches whose payloads like one example are read as one earlier branch. */
    private void report(List<Branch> branches, List<ValueSet> sets, List<Overlaps.Overlap> overlaps) {
        Overlaps.Overlap first = overlaps.get(0);
        Branch chosen = branches.get(first.chosen());
        Branch shadowed = branches.get(first.shadowed());
        List<String> labels = overlaps.stream().map(o -> branches.get(o.shadowed()).label()).toList();
        String payload = first.payload().toString();
        String quoted = payload.length() <= QUOTED ? payload : payload.substring(0, QUOTED) + "...";
        String keyword = union.form().keyword();
        String of = " of '" + union.specName() + "'";
        String message;
        if (first.bothAccept()) {
            List<String> all = new ArrayList<>(List.of(chosen.label()));
            all.addAll(labels);
            message = keyword + " branches " + enumerate(all) + of + (all.size() == 2 ? " both" : " all") + " accept payloads such as "
                    + quoted + ", which are read as '" + chosen.label() + "'";
        } else {
            message = "payloads of the " + keyword + " branch" + (labels.size() > 1 ? "es " : " ") + enumerate(labels) + of
                    + " such as " + quoted + " are read as '" + chosen.label() + "', which does not declare all they hold";
        }
        types.diagnostics().report(Diagnostic.warning("union.ambiguous", shadowed.origin().location(), shadowed.origin().pointer(),
                message + OptionalDiscriminators.reason(sets.get(first.chosen()), sets.get(first.shadowed())),
                "add a discriminator, or give each branch a required property, const or enum value of its own"));
    }

    /** {@code 'A'}, {@code 'A' and 'B'}, {@code 'A', 'B' and 'C'}. */
    private static String enumerate(List<String> labels) {
        List<String> quoted = labels.stream().map(label -> "'" + label + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
