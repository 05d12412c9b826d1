package dev.oasis.generator.model;

import dev.oasis.runtime.ApiRequest.Location;
import java.util.List;
import java.util.Optional;

/**
 * How an operation's results come in pages ({@code x-pagination}, or a {@code Link} response
 * header), resolved against the operation's parameters and response type.
 *
 * @param kind how the next page is asked for
 * @param position where the offset, page number or cursor travels; empty for {@link Kind#LINK}
 * @param firstPage the number of the first page ({@code pageStart}), for {@link Kind#PAGE}
 * @param limit where the page size travels, if the operation has such a parameter
 * @param defaultLimit the page size the spec gives as the parameter's default, if any
 * @param results the getters from the response body to the list of items; empty when the body is the list
 * @param itemType the type of one item
 * @param cursor the getters from the response body to the next cursor, for {@link Kind#CURSOR}
 * @param origin where the pagination is declared
 */
public record Pagination(
        Kind kind,
        Optional<PageParameter> position,
        long firstPage,
        Optional<PageParameter> limit,
        Optional<Long> defaultLimit,
        List<PathStep> results,
        TypeRef itemType,
        List<PathStep> cursor,
        Origin origin) {

    /** How the next page is asked for. */
    public enum Kind {
        /** By the offset of its first item ({@code pageOffsetParam}). */
        OFFSET,
        /** By page number ({@code pageParam}). */
        PAGE,
        /** By a cursor the last response named ({@code cursorParam}, {@code cursorPath}). */
        CURSOR,
        /** By the {@code rel="next"} URL of the {@code Link} response header. */
        LINK
    }

    /**
     * Where a paging value travels.
     *
     * @param location the parameter's location, or null for a field of the JSON request body
     * @param name the parameter's name on the wire; empty for a body field
     * @param bodyPath the field names from the body's root, for a body field
     */
    public record PageParameter(Location location, String name, List<String> bodyPath) {
    }

    /**
     * One step from an object to one of its properties.
     *
     * @param owner the object type
     * @param property its property
     */
    public record PathStep(ObjectType owner, Property property) {
    }
}
