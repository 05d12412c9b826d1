package dev.oasis.generator.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The value Jackson gives a plain scalar over SnakeYAML: SnakeYAML's resolver decides the type,
 * then it is text, null, a boolean, a long or big integer, or a big decimal. Number forms other than
 * plain decimals (octal, hexadecimal, binary, underscores, a plus sign, base 60, infinity) are
 * {@link NotBlockYaml}.
 */
final class YamlTypes {

    private static final TypingResolver RESOLVER = new TypingResolver();

    private YamlTypes() {
    }

    /** A plain scalar's value as Jackson gives it over SnakeYAML: text, null, a boolean or a number. */
    static Object of(String value) {
        if (!RESOLVER.mayType(value)) {
            return value;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = value.toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> value;
            };
        }
        if (tag.equals(Tag.INT)) {
            return integer(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            if (value.indexOf('_') >= 0 || value.indexOf(':') >= 0) {
                throw NotBlockYaml.INSTANCE;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw NotBlockYaml.INSTANCE;
            }
        }
        return value;
    }

    /** A decimal integer without sign, underscores or leading zeros (or with a minus): a long, or a big integer past that. */
    private static Object integer(String value) {
        int digits = value.startsWith("-") ? 1 : 0;
        if (digits == value.length() || value.charAt(digits) == '0' && value.length() > digits + 1) {
            throw NotBlockYaml.INSTANCE;
        }
        for (int i = digits; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw NotBlockYaml.INSTANCE;
            }
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return new BigInteger(value);
        }
    }

    /** SnakeYAML's resolver, which also tells when no implicit type can start with a scalar's first character. */
    private static final class TypingResolver extends Resolver {

        private final boolean[] asciiFirst = new boolean[128];

        TypingResolver() {
            for (Character first : yamlImplicitResolvers.keySet()) {
                if (first != null && first < 128) {
                    asciiFirst[first] = true;
                }
            }
        }

        /** False when the resolver has no implicit type for text starting as {@code value} does: it is text. */
        boolean mayType(String value) {
            char first = value.isEmpty() ? 0 : value.charAt(0);
            return first == 0 || first >= 128 || asciiFirst[first];
        }
    }
}
