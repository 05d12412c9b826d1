package dev.oasis.generator.model;

/**
 * The string formats whose texts no other format and no plain word shares by accident, so that a
 * union may tell branches apart by them; the reader checks them as its codecs parse them.
 * Other formats ({@code byte}, {@code email}, ...) accept texts that plain strings also are, and
 * tell nothing apart.
 */
public enum TextFormat {
    /** RFC 3339 date-time, such as {@code 2024-01-31T12:00:00Z}. */
    DATE_TIME,
    /** RFC 3339 full-date, such as {@code 2024-01-31}. */
    DATE,
    /** RFC 4122 UUID, such as {@code 123e4567-e89b-12d3-a456-426614174000}. */
    UUID
}
