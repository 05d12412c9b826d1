package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code api.mustache}: one API class per tag.
 *
 * @param project project-wide values
 * @param className the simple class name, such as {@code IncidentsApi}
 * @param tag the tag the class is made from
 * @param operations the tag's operations in spec order
 * @param docLines the class Javadoc as escaped lines
 */
public record ApiVars(
        ProjectVars project,
        String className,
        String tag,
        List<OperationVars> operations,
        List<String> docLines) {
}
