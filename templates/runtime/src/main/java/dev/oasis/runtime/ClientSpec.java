package dev.oasis.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a generated {@code ApiClient} takes from its spec: the servers with their variables, the
 * operations marked {@code x-unstable}, the default User-Agent and the default read mode. Public
 * for generated clients, which live in another package when several specs share one runtime.
 */
public final class ClientSpec {

    private final List<ServerTemplate> servers;
    private final Set<String> unstableOperations;
    private final String userAgent;
    private final ReadMode readMode;

    private ClientSpec(Builder builder) {
        this.servers = builder.servers.stream().map(ServerTemplate.Builder::build).toList();
        this.unstableOperations = Set.copyOf(builder.unstableOperations);
        this.userAgent = builder.userAgent;
        this.readMode = builder.readMode;
    }

    /**
     * Starts the description of a spec.
     *
     * @param userAgent the User-Agent sent unless the client's builder sets another
     * @param readMode the read mode used unless the client's builder sets another
     * @return a builder
     */
    public static Builder builder(String userAgent, ReadMode readMode) {
        return new Builder(userAgent, readMode);
    }

    /** @return the servers in spec order, at least one */
    List<ServerTemplate> servers() {
        return servers;
    }

    /**
     * Checks a server's position.
     *
     * @param index the position in the spec's {@code servers} list, from 0
     * @return the position
     * @throws IllegalArgumentException when the spec lists no server there
     */
    int checkedServer(int index) {
        if (index < 0 || index >= servers.size()) {
            throw new IllegalArgumentException("server index " + index + " is out of range; the spec lists " + servers.size() + " servers");
        }
        return index;
    }

    /**
     * Checks a server variable's value against the values the spec allows.
     *
     * @param server the server's position
     * @param name the variable name
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException when the server has no such variable or does not allow the value
     */
    String checkedVariable(int server, String name, String value) {
        ServerTemplate template = servers.get(server);
        ServerVariable variable = template.variables().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("server " + template.url() + " has no variable '" + name + "'"));
        if (!variable.allowed().isEmpty() && !variable.allowed().contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an allowed value of server variable '"
                    + name + "'; allowed: " + variable.allowed());
        }
        return value;
    }

    /**
     * The URL of a server, its variables replaced.
     *
     * @param server the server's position
     * @param values the variables' values; the spec's defaults for the others
     * @return the URL
     */
    String url(int server, Map<String, String> values) {
        ServerTemplate template = servers.get(server);
        String url = template.url();
        for (ServerVariable variable : template.variables()) {
            url = url.replace("{" + variable.name() + "}", values.getOrDefault(variable.name(), variable.defaultValue()));
        }
        return url;
    }

    /** @return the operationIds marked {@code x-unstable} */
    public Set<String> unstableOperations() {
        return unstableOperations;
    }

    /** @return the default User-Agent */
    String userAgent() {
        return userAgent;
    }

    /** @return the default read mode */
    ReadMode readMode() {
        return readMode;
    }

    /**
     * A server URL template and its variables.
     *
     * @param url the URL template, such as {@code https://{subdomain}.{site}}
     * @param variables the template's variables in spec order
     */
    record ServerTemplate(String url, List<ServerVariable> variables) {

        /** Collects a server's variables. */
        static final class Builder {

            private final String url;
            private final List<ServerVariable> variables = new ArrayList<>();

            Builder(String url) {
                this.url = url;
            }

            ServerTemplate build() {
                return new ServerTemplate(url, List.copyOf(variables));
            }
        }
    }

    /**
     * A server variable.
     *
     * @param name the name used in the URL template
     * @param defaultValue the value used unless the client's builder sets another
     * @param allowed the allowed values; empty when any value is allowed
     */
    record ServerVariable(String name, String defaultValue, List<String> allowed) {
    }

    /** Builds a {@link ClientSpec}, one call per spec element. */
    public static final class Builder {

        private final String userAgent;
        private final ReadMode readMode;
        private final List<ServerTemplate.Builder> servers = new ArrayList<>();
        private final Set<String> unstableOperations = new LinkedHashSet<>();

        private Builder(String userAgent, ReadMode readMode) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            this.readMode = Objects.requireNonNull(readMode, "readMode");
        }

        /**
         * Adds a server; the variables added next belong to it.
         *
         * @param url the URL template
         * @return this builder
         */
        public Builder server(String url) {
            servers.add(new ServerTemplate.Builder(Objects.requireNonNull(url, "url")));
            return this;
        }

        /**
         * Adds a variable to the last server added.
         *
         * @param name the variable name
         * @param defaultValue its default value
         * @param allowed the allowed values; none when any value is allowed
         * @return this builder
         */
        public Builder variable(String name, String defaultValue, String... allowed) {
            if (servers.isEmpty()) {
                throw new IllegalStateException("a server variable needs a server first");
            }
            servers.get(servers.size() - 1).variables.add(new ServerVariable(name, defaultValue, List.of(allowed)));
            return this;
        }

        /**
         * Marks an operation {@code x-unstable}.
         *
         * @param operationId the operationId as the spec writes it
         * @return this builder
         */
        public Builder unstableOperation(String operationId) {
            unstableOperations.add(Objects.requireNonNull(operationId, "operationId"));
            return this;
        }

        /** @return the spec; a spec without servers gets the relative server {@code /} */
        public ClientSpec build() {
            if (servers.isEmpty()) {
                server("/");
            }
            return new ClientSpec(this);
        }
    }
}
