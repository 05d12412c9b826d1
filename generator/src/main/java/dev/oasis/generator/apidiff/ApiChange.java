package dev.oasis.generator.apidiff;

/**
 * One change to the generated public API.
 *
 * @param kind added, removed or changed in signature
 * @param element what changed, such as {@code field com.example.model.Todo#content}
 * @param detail the old and new signature for a change, otherwise the signature
 */
public record ApiChange(Kind kind, String element, String detail) {

    /** What happened to an element of the public API. */
    public enum Kind {
        /** New; callers are not affected. */
        ADDED,
        /** Gone; callers using it no longer compile. */
        REMOVED,
        /** Still there with another signature; callers using it may no longer compile. */
        CHANGED
    }

    /** True when callers written against the old API may break. */
    public boolean isBreaking() {
        return kind != Kind.ADDED;
    }

    /** One line for the build log, such as {@code BREAKING removed method ...}. */
    public String describe() {
        return (isBreaking() ? "BREAKING " : "") + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + element
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
