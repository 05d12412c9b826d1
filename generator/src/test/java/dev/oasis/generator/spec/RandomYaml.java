package dev.oasis.generator.spec;

import java.util.List;
import java.util.Random;

/**
 * Writes random YAML documents in the styles specs use, and mutates them by one character, for
 * comparing the block reader with SnakeYAML on text nobody wrote by hand.
 */
final class RandomYaml {

    private static final List<String> WORDS = List.of("a", "id", "type", "200", "x-y", "é", "😀", "true", "null", "1.5",
            "-1", "no", "~", "a b", "http://h/p", "a#b", "{id}", "[x]", "2020-01-01", "0", "=", "<", "it's", "-x");
    private static final String MUTATIONS = " :#-\t\n'\"[]{},|>&*!?%";

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private String lineBreak = "\n";

    RandomYaml(long seed) {
        this.random = new Random(seed);
    }

    /** A new document. */
    String document() {
        out.setLength(0);
        lineBreak = random.nextInt(8) == 0 ? "\r\n" : "\n";
        if (random.nextInt(6) == 0) {
            line("---");
        }
        mapping(0, random.nextInt(3) + 1, 3);
        return out.toString();
    }

    /** {@code yaml} with one character inserted, removed or replaced. */
    String mutated(String yaml) {
        if (yaml.isEmpty()) {
            return yaml;
        }
        int at = random.nextInt(yaml.length());
        char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
        return switch (random.nextInt(3)) {
            case 0 -> yaml.substring(0, at) + c + yaml.substring(at);
            case 1 -> yaml.substring(0, at) + yaml.substring(at + 1);
            default -> yaml.substring(0, at) + c + yaml.substring(at + 1);
        };
    }

    private void mapping(int indent, int step, int depth) {
        int entries = random.nextInt(3) + 1;
        for (int i = 0; i < entries; i++) {
            maybeComment(indent);
            String key = key() + ":";
            entry(indent, step, depth, " ".repeat(indent) + key);
        }
    }

    /** The value after {@code prefix} (a key and colon, or a dash), inline or on the lines below. */
    private void entry(int indent, int step, int depth, String prefix) {
        int choice = depth == 0 ? random.nextInt(4) : random.nextInt(9);
        switch (choice) {
            case 0 -> line(prefix + " " + plain() + comment());
            case 1 -> line(prefix + " " + quoted() + comment());
            case 2 -> blockScalar(prefix, indent + step);
            case 3 -> line(prefix + " " + flow(2));
            case 4 -> {
                line(prefix + comment());
                mapping(indent + step, step, depth - 1);
            }
            case 5 -> {
                line(prefix);
                sequence(random.nextBoolean() || prefix.trim().startsWith("-") ? indent + step : indent, step, depth - 1);
            }
            case 6 -> {
                line(prefix);
                line(" ".repeat(indent + step) + plain());
                if (random.nextBoolean()) {
                    line(" ".repeat(indent + step + random.nextInt(2)) + plain());
                }
            }
            case 7 -> line(prefix);
            default -> {
                line(prefix + " " + plain());
                if (random.nextBoolean()) {
                    line("");
                }
                line(" ".repeat(indent + 1 + random.nextInt(3)) + plain());
            }
        }
    }

    private void sequence(int indent, int step, int depth) {
        int items = random.nextInt(3) + 1;
        for (int i = 0; i < items; i++) {
            String dash = " ".repeat(indent) + "-";
            if (random.nextInt(3) == 0 && depth > 0) {
                String key = key() + ":";
                entry(indent + 2, step, depth - 1, dash + " " + key);
                if (random.nextBoolean()) {
                    entry(indent + 2, step, depth - 1, " ".repeat(indent + 2) + key() + ":");
                }
            } else {
                entry(indent, step, depth, dash);
            }
        }
    }

    private void blockScalar(String prefix, int indent) {
        String header = (random.nextBoolean() ? "|" : ">") + List.of("", "-", "+").get(random.nextInt(3));
        line(prefix + " " + header + comment());
        int lines = random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            int extra = random.nextInt(5) == 0 ? 2 : 0;
            line(random.nextInt(5) == 0 ? " ".repeat(random.nextInt(indent + 1)) : " ".repeat(indent + extra) + plain());
        }
    }

    private String flow(int depth) {
        boolean map = random.nextBoolean();
        StringBuilder flow = new StringBuilder(map ? "{" : "[");
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                flow.append(random.nextInt(5) == 0 ? "," + lineBreak + "  " : ", ");
            }
            if (map || random.nextInt(6) == 0) {
                flow.append(random.nextBoolean() ? quoted() : word()).append(": ");
            }
            flow.append(depth > 0 && random.nextInt(4) == 0 ? flow(depth - 1) : random.nextBoolean() ? quoted() : word());
        }
        if (items > 0 && random.nextInt(5) == 0) {
            flow.append(",");
        }
        return flow.append(map ? "}" : "]").toString();
    }

    private String key() {
        return random.nextInt(4) == 0 ? quoted() : word().replace(":", "");
    }

    private String plain() {
        String word = word();
        return random.nextBoolean() ? word : word + " " + word() + (random.nextBoolean() ? "  " : "");
    }

    private String word() {
        String word = WORDS.get(random.nextInt(WORDS.size()));
        return word.startsWith("[") || word.startsWith("{") || word.startsWith("-x") && random.nextBoolean() ? "w" + word : word;
    }

    private String quoted() {
        String text = word() + (random.nextInt(3) == 0 ? " " + word() : "");
        if (random.nextBoolean()) {
            return "'" + text.replace("'", "''") + "'";
        }
        String escapes = List.of("", "\\n", "\\t", "\\\"", "\\\\", "\\u00e9", "\\x41", "\\U0001F600").get(random.nextInt(8));
        return "\"" + text.replace("\"", "") + escapes + "\"";
    }

    private String comment() {
        return random.nextInt(5) == 0 ? " # note: " + word() : "";
    }

    private void maybeComment(int indent) {
        if (random.nextInt(6) == 0) {
            line(" ".repeat(random.nextInt(indent + 2)) + "# comment");
        }
        if (random.nextInt(6) == 0) {
            line("");
        }
    }

    private void line(String text) {
        out.append(text).append(lineBreak);
    }
}
