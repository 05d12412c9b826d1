package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether each reader accepts each example body exactly as Datadog publishes it, quirks
 * included (see {@code ../shared/seeds/README.md}). Speed only matters for a reader that reads.
 */
public final class PublishedBodies {

    /**
     * One reader on one published body.
     *
     * @param reader the reader's report name
     * @param endpoint the endpoint
     * @param outcome "reads" with any deviations the reader reported, or the exception it threw
     */
    public record Check(String reader, String endpoint, String outcome) {
    }

    /** A read that may throw; returns what the reader reported besides the value. */
    @FunctionalInterface
    private interface Read {
        String apply(byte[] json) throws Exception;
    }

    private PublishedBodies() {
    }

    /** Reads every published body with every reader that has a model for it. */
    public static List<Check> checkAll() {
        OasisReader oasis = new OasisReader();
        DatadogReader datadog = new DatadogReader();
        List<Check> checks = new ArrayList<>();
        checks.add(check("Oasis", "todo", ExampleBodies.TODO, json -> reported(oasis.todoDeviations(json))));
        checks.add(check("Oasis", "integration", ExampleBodies.INTEGRATION,
                json -> reported(oasis.integrationDeviations(json))));
        checks.add(check("Oasis", "notificationTemplate", ExampleBodies.NOTIFICATION_TEMPLATE,
                json -> reported(oasis.notificationTemplateDeviations(json))));
        checks.add(check("Datadog client", "todo", ExampleBodies.TODO, json -> silent(datadog.todo(json))));
        checks.add(check("Datadog client", "integration", ExampleBodies.INTEGRATION,
                json -> silent(datadog.integration(json))));
        return checks;
    }

    /** Reads every {@link LargeBodies} body with every reader that has a model for it. */
    public static List<Check> checkLarge() {
        OasisReader oasis = new OasisReader();
        DatadogReader datadog = new DatadogReader();
        List<Check> checks = new ArrayList<>();
        checks.add(check("Oasis", "todoLarge", LargeBodies.todo(), json -> counted(oasis.todoDeviations(json))));
        checks.add(check("Oasis", "integrationLarge", LargeBodies.integration(),
                json -> counted(oasis.integrationDeviations(json))));
        checks.add(check("Oasis", "notificationTemplateLarge", LargeBodies.notificationTemplate(),
                json -> counted(oasis.notificationTemplateDeviations(json))));
        checks.add(check("Datadog client", "todoLarge", LargeBodies.todo(), json -> silent(datadog.todo(json))));
        checks.add(check("Datadog client", "integrationLarge", LargeBodies.integration(),
                json -> silent(datadog.integration(json))));
        return checks;
    }

    private static String counted(List<?> deviations) {
        return deviations.isEmpty() ? "" : "; reports " + deviations.size() + " deviations, the first: "
                + deviations.get(0);
    }

    private static String reported(List<?> deviations) {
        return deviations.isEmpty() ? "" : "; reports " + deviations.stream().map(Object::toString)
                .collect(Collectors.joining("; "));
    }

    private static String silent(Object value) {
        return "";
    }

    private static Check check(String reader, String endpoint, ExampleBodies body, Read read) {
        return check(reader, endpoint, body.published(), read);
    }

    private static Check check(String reader, String endpoint, byte[] body, Read read) {
        try {
            return new Check(reader, endpoint, "reads" + read.apply(body));
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return new Check(reader, endpoint, "throws " + e.getClass().getSimpleName() + ": " + message);
        }
    }
}
