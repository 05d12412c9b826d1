package dev.oasis.generator.select;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The model of the selected operations, built from the part of the spec they need
 * ({@link OperationScope}) instead of from the whole spec and then filtered.
 *
 * <p>It is the same model the whole spec gives once filtered: every kept type comes from the same
 * schema with the same name hint, since the scope cuts only around whole component entries. Only the
 * order in which types are first met can differ, and order decides two things: which of two types
 * that want the same Java name gets it, and the order of the parents of a type that extends more than
 * one. So the selected model is used only when neither can happen: when naming its types in reverse
 * order gives every type the same name, and no type extends two parents. Otherwise, and when the
 * selection names an operation or tag the part does not have (whose message needs every name of the
 * whole spec) or the part has errors, it is empty and the caller takes the whole spec as before.
 */
public final class SelectedModel {

    private SelectedModel() {
    }

    /**
     * The selected, named model of the part of the spec {@code scoped} stands for, with its warnings
     * reported to {@code diagnostics}; empty when the whole spec must decide.
     *
     * @param builder validates a spec and builds its model, as for the whole spec, reporting to the diagnostics given
     * @param naming names a model, as for the whole spec
     */
    public static Optional<Named> build(SpecSet scoped, OperationSelection selection, SourceLocation spec, Diagnostics diagnostics,
            BiFunction<SpecSet, Diagnostics, ApiModel> builder, Function<ApiModel, JavaNames> naming) {
        Diagnostics found = new Diagnostics();
        ApiModel built;
        try {
            built = builder.apply(scoped, found);
        } catch (GenerationException e) {
            return Optional.empty();
        }
        if (found.hasErrors()) {
            return Optional.empty();
        }
        ApiModel model = OperationFilter.apply(built, selection, spec, found);
        if (found.hasErrors()) {
            return Optional.empty();
        }
        OperationFilter.retainRelevantWarnings(model, found);
        JavaNames names = naming.apply(model);
        if (!independentOfOrder(model, names, naming)) {
            return Optional.empty();
        }
        found.all().forEach(diagnostics::report);
        return Optional.of(new Named(model, names));
    }

    private static boolean independentOfOrder(ApiModel model, JavaNames names, Function<ApiModel, JavaNames> naming) {
        for (TypeDefinition type : model.types()) {
            if (type instanceof ObjectType object && model.supertypesOf(object).size() > 1) {
                return false;
            }
        }
        List<TypeDefinition> reversed = new ArrayList<>(model.types());
        Collections.reverse(reversed);
        JavaNames reverseNames = naming.apply(new ApiModel(model.title(), model.version(), model.description(), model.servers(),
                model.securitySchemes(), model.defaultSecurity(), model.operations(), reversed));
        return model.types().stream().allMatch(type -> names.typeName(type).equals(reverseNames.typeName(type)));
    }

    /**
     * A model with its names.
     *
     * @param model the model of the selected operations
     * @param names every name in it
     */
    public record Named(ApiModel model, JavaNames names) {
    }
}
