package dev.oasis.generator.refine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names that are unique within one scope, comparing without case so that two names never
 * differ only by case (which would collide as files on case-insensitive disks). A taken name gets
 * the smallest numeric suffix that is free: {@code Foo}, {@code Foo2}, {@code Foo3}.
 */
public final class NameAllocator {

    private final Set<String> taken = new HashSet<>();

    /** Reserves names that must never be handed out, such as names the generated code already uses. */
    public NameAllocator reserve(Iterable<String> names) {
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /** Returns {@code wanted} if free, otherwise {@code wanted} with the first free numeric suffix. */
    public String allocate(String wanted) {
        String candidate = wanted;
        for (int suffix = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); suffix++) {
            candidate = wanted + suffix;
        }
        return candidate;
    }
}
