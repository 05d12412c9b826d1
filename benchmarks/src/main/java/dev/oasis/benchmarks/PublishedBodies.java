package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.List;

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
     * @param outcome "reads", or the exception it threw
     */
    public record Check(String reader, String endpoint, String outcome) {
    }

    /** A read that may throw. */
    @FunctionalInterface
    private interface Read {
        Object apply(byte[] json) throws Exception;
    }

    private PublishedBodies() {
    }

    /** Reads every published body with every reader that has a model for it. */
    public static List<Check> checkAll() {
        OasisReader oasis = new OasisReader();
        DatadogReader datadog = new DatadogReader();
        List<Check> checks = new ArrayList<>();
        checks.add(check("Oasis", "todo", ExampleBodies.TODO, oasis::todo));
        checks.add(check("Oasis", "integration", ExampleBodies.INTEGRATION, oasis::integration));
        checks.add(check("Oasis", "notificationTemplate", ExampleBodies.NOTIFICATION_TEMPLATE,
                oasis::notificationTemplate));
        checks.add(check("Datadog client", "todo", ExampleBodies.TODO, datadog::todo));
        checks.add(check("Datadog client", "integration", ExampleBodies.INTEGRATION, datadog::integration));
        return checks;
    }

    private static Check check(String reader, String endpoint, ExampleBodies body, Read read) {
        try {
            read.apply(body.published());
            return new Check(reader, endpoint, "reads");
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return new Check(reader, endpoint, "throws " + e.getClass().getSimpleName() + ": " + message);
        }
    }
}
