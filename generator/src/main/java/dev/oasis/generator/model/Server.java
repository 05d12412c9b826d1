package dev.oasis.generator.model;

import java.util.List;

/**
 * An entry of the spec's {@code servers} list.
 *
 * @param url the URL template, such as {@code https://{subdomain}.{site}}
 * @param description the description, or empty
 * @param variables the template's variables in spec order
 */
public record Server(String url, String description, List<Variable> variables) {

    /**
     * A server variable.
     *
     * @param name the name used in the URL template
     * @param defaultValue the default value
     * @param allowed the allowed values; empty when any value is allowed
     * @param description the description, or empty
     */
    public record Variable(String name, String defaultValue, List<String> allowed, String description) {
    }
}
