package dev.oasis.generator.refine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Hands out the names of one Java scope (a package's types, a class's fields, its methods, a
 * method's parameters), in the style of JavaPoet's {@code NameAllocator}: {@link #newName} takes a
 * suggestion and a tag and returns a name no other tag of the scope has; {@link #get} returns the
 * name of a tag. Names are compared without case, so two never differ only by case (which would
 * collide as files on case-insensitive disks); a taken name gets the smallest free numeric
 * suffix: {@code Foo}, {@code Foo2}, {@code Foo3}.
 */
public final class NameScope {

    private final Set<String> taken = new HashSet<>();
    private final Map<Object, String> byTag = new HashMap<>();

    /** Reserves names no tag may get, such as those the templates or the runtime declare in this scope. */
    public NameScope reserve(Iterable<String> names) {
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /** True when the name is taken or reserved. */
    public boolean isTaken(String name) {
        return taken.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Gives {@code tag} the suggestion, or the suggestion with the first free numeric suffix.
     *
     * @throws IllegalArgumentException when the tag already has a name
     */
    public String newName(String suggestion, Object tag) {
        return newNames(suggestion, Map.of(tag, UnaryOperator.identity())).get(tag);
    }

    /**
     * Gives several tags names derived from one base, such as an operation's method, its
     * {@code Async} variant and its options class: the first base ({@code suggestion}, then with
     * a numeric suffix) for which every derived name is free.
     *
     * @param suggestion the base name
     * @param forms each tag with how its name derives from the base
     * @return each tag's name
     */
    public Map<Object, String> newNames(String suggestion, Map<Object, UnaryOperator<String>> forms) {
        for (Object tag : forms.keySet()) {
            if (byTag.containsKey(tag)) {
                throw new IllegalArgumentException("tag " + tag + " already has the name " + byTag.get(tag));
            }
        }
        for (int suffix = 1; ; suffix++) {
            String base = suffix == 1 ? suggestion : suggestion + suffix;
            List<String> names = forms.values().stream().map(form -> form.apply(base)).toList();
            boolean free = names.stream().noneMatch(this::isTaken)
                    && names.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().count() == names.size();
            if (free) {
                Map<Object, String> given = new HashMap<>();
                forms.forEach((tag, form) -> given.put(tag, form.apply(base)));
                given.forEach((tag, name) -> {
                    taken.add(name.toLowerCase(Locale.ROOT));
                    byTag.put(tag, name);
                });
                return given;
            }
        }
    }

    /**
     * The name given to a tag.
     *
     * @throws IllegalStateException when the tag has none
     */
    public String get(Object tag) {
        String name = byTag.get(tag);
        if (name == null) {
            throw new IllegalStateException("no name was given to " + tag);
        }
        return name;
    }
}
