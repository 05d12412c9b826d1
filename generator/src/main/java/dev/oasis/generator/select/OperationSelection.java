package dev.oasis.generator.select;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operations to generate: those whose operationId is listed, plus those whose tag is listed.
 * When both lists are empty, every operation is generated.
 *
 * @param operationIds operationIds to keep, sorted
 * @param tags tags to keep, sorted
 */
public record OperationSelection(Set<String> operationIds, Set<String> tags) {

    /** Every operation. */
    public static final OperationSelection ALL = new OperationSelection(Set.of(), Set.of());

    public OperationSelection {
        operationIds = sortedCopy(operationIds);
        tags = sortedCopy(tags);
    }

    /** A selection from lists that may be null or hold blank entries. */
    public static OperationSelection of(List<String> operationIds, List<String> tags) {
        return new OperationSelection(cleaned(operationIds), cleaned(tags));
    }

    /** True when every operation is selected. */
    public boolean isAll() {
        return operationIds.isEmpty() && tags.isEmpty();
    }

    private static Set<String> cleaned(List<String> values) {
        Set<String> cleaned = new TreeSet<>();
        if (values != null) {
            values.stream().filter(value -> value != null && !value.isBlank()).map(String::trim).forEach(cleaned::add);
        }
        return cleaned;
    }

    private static Set<String> sortedCopy(Set<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
