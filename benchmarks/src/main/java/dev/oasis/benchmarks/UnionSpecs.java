package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes specs in the style of the big payment and AI APIs, for the scaling benchmark: many
 * {@code anyOf}s, nullable references and unions, expandable fields, open maps and deep
 * {@code allOf} chains.
 *
 * <p>Every object has a required {@code id} and a required {@code object} naming its kind, as in
 * the payment APIs, which is what tells the branches of most unions apart. Schemas come in groups of {@value #GROUP}: a resource, a line item, a price and its deleted
 * twin, payment details that are one of two kinds, a status enum, a link of an {@code allOf} chain
 * {@value #CHAIN_DEPTH} deep, and an event whose payload is one of three things or null. Each group
 * has two operations. The two dialects write the same shapes with their own idioms:
 * {@link Dialect#OPENAPI_3_0} the 3.0 ones ({@code nullable: true}, {@code allOf: [$ref]} beside
 * {@code nullable}), {@link Dialect#OPENAPI_3_1} the 3.1 ones ({@code anyOf: [X, {type: 'null'}]},
 * {@code type: [string, 'null']}).
 */
public final class UnionSpecs {

    /** Schemas per group. */
    public static final int GROUP = 10;

    /** How many groups each {@code allOf} chain runs through. */
    public static final int CHAIN_DEPTH = 10;

    /** The OpenAPI version whose idioms a spec uses. */
    public enum Dialect {
        /** OpenAPI 3.0: {@code nullable}. */
        OPENAPI_3_0("3.0.3"),
        /** OpenAPI 3.1: {@code type: 'null'}. */
        OPENAPI_3_1("3.1.0");

        private final String version;

        Dialect(String version) {
            this.version = version;
        }
    }

    private final Dialect dialect;
    private final int groups;
    private final StringBuilder yaml = new StringBuilder();

    private UnionSpecs(Dialect dialect, int schemas) {
        this.dialect = dialect;
        this.groups = Math.max(1, schemas / GROUP);
    }

    /** Writes a spec of about {@code schemas} schemas (a multiple of {@value #GROUP}) to {@code file}. */
    public static Path write(Path file, Dialect dialect, int schemas) throws IOException {
        UnionSpecs spec = new UnionSpecs(dialect, schemas);
        spec.header();
        spec.paths();
        spec.yaml.append("components:\n  schemas:\n");
        for (int g = 0; g < spec.groups; g++) {
            spec.group(g);
        }
        Files.writeString(file, spec.yaml);
        return file;
    }

    private void header() {
        yaml.append("openapi: ").append(dialect.version).append('\n')
            .append("info:\n  title: Union-heavy spec, ").append(groups * GROUP).append(" schemas\n  version: '1.0'\n")
            .append("servers:\n  - url: https://api.example.com\n");
    }

    private void paths() {
        yaml.append("paths:\n");
        for (int g = 0; g < groups; g++) {
            String tag = "group" + g / 10;
            yaml.append("  /v1/resources").append(g).append("/{id}:\n")
                .append("    get:\n      operationId: retrieveResource").append(g).append('\n')
                .append("      tags: [").append(tag).append("]\n")
                .append("      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n")
                .append("        - {name: expand, in: query, schema: {type: array, items: {type: string}}}\n")
                .append("      responses:\n        '200':\n          description: OK\n          content:\n")
                .append("            application/json:\n              schema: {$ref: '#/components/schemas/Resource")
                .append(g).append("'}\n")
                .append("  /v1/events").append(g).append(":\n")
                .append("    get:\n      operationId: listEvents").append(g).append('\n')
                .append("      tags: [").append(tag).append("]\n")
                .append("      parameters:\n        - {name: limit, in: query, schema: {type: integer, format: int32}}\n")
                .append("        - {name: starting_after, in: query, schema: {type: string}}\n")
                .append("      responses:\n        '200':\n          description: OK\n          content:\n")
                .append("            application/json:\n              schema:\n                type: object\n")
                .append("                required: [data, has_more]\n                properties:\n")
                .append("                  data: {type: array, items: {$ref: '#/components/schemas/Event").append(g)
                .append("'}}\n                  has_more: {type: boolean}\n");
        }
    }

    private void group(int g) {
        resource(g);
        object("Item" + g, "A line item.", "item",
                "        quantity: " + nullableScalar("integer") + "\n"
                + "        price:\n" + union("anyOf", 10, false, ref("Price" + g), ref("DeletedPrice" + g)));
        object("Price" + g, "A price.", "price",
                "        unit_amount: " + nullableScalar("integer") + "\n"
                + "        currency: {type: string}\n        recurring: {type: boolean}\n"
                + "        tiers: {type: array, items: {type: object, properties: {up_to: {type: integer}, amount: {type: integer}}}}\n");
        object("DeletedPrice" + g, "A deleted price.", "deleted_price",
                "        deleted: {type: boolean, enum: [true]}\n");
        yaml.append("    Details").append(g).append(":\n      description: Payment details of one kind or another.\n")
            .append(union("anyOf", 6, false, ref("CardDetails" + g), ref("BankDetails" + g)));
        yaml.append("    Status").append(g).append(":\n      type: string\n")
            .append("      enum: [draft, open, paid, uncollectible, void]\n");
        chainLink(g);
        object("Event" + g, "Something that happened.", "event",
                "        type: {type: string}\n        created: {type: integer, format: int64}\n"
                + "        data:\n" + union("anyOf", 10, true, ref("Resource" + g), ref("Item" + g), ref("Chain" + g)));
        object("CardDetails" + g, "Card details.", "card",
                "        brand: {type: string}\n        last4: {type: string}\n        exp_month: {type: integer}\n"
                + "        wallet: " + nullableScalar("string") + "\n");
        object("BankDetails" + g, "Bank account details.", "bank_account",
                "        bank_name: {type: string}\n        routing_number: {type: string}\n"
                + "        account_holder_type: {type: string, enum: [individual, company]}\n");
    }

    private void resource(int g) {
        int other = (g + 1) % groups;
        object("Resource" + g, "A resource, as the API returns it.", "resource",
                "        created: {type: integer, format: int64}\n"
                + "        livemode: {type: boolean}\n"
                + "        metadata: {type: object, additionalProperties: {type: string}}\n"
                + "        amount: {type: integer, format: int64}\n"
                + "        description: " + nullableScalar("string") + "\n"
                + "        status:\n" + nullableRef("Status" + g)
                + "        customer:\n" + union("anyOf", 10, true, "{type: string, maxLength: 5000}", ref("Resource" + other))
                + "        latest_item:\n" + nullableRef("Item" + g)
                + "        details:\n" + nullableRef("Details" + g)
                + "        items: {type: array, items: " + ref("Item" + g) + "}\n");
    }

    private void chainLink(int g) {
        yaml.append("    Chain").append(g).append(":\n      description: One link of an allOf chain.\n");
        if (g % CHAIN_DEPTH == 0) {
            yaml.append("      type: object\n      required: [id, object]\n").append(chainProperties(g, 6))
                .append("        id: {type: string}\n        object: {type: string, enum: [chain_link]}\n");
        } else {
            yaml.append("      allOf:\n        - ").append(ref("Chain" + (g - 1))).append('\n')
                .append("        - type: object\n").append(chainProperties(g, 10));
        }
    }

    private String chainProperties(int g, int indent) {
        String pad = " ".repeat(indent);
        return pad + "properties:\n" + pad + "  level" + g % CHAIN_DEPTH + ": {type: string}\n"
                + pad + "  note" + g + ": " + nullableScalar("string") + "\n";
    }

    /**
     * An object schema with a required {@code id} and a required {@code object} naming its kind
     * (the payment APIs' implicit discriminator), then {@code properties}.
     */
    private void object(String name, String description, String kind, String properties) {
        yaml.append("    ").append(name).append(":\n      type: object\n      description: ").append(description)
            .append("\n      required: [id, object]\n      properties:\n        id: {type: string}\n")
            .append("        object: {type: string, enum: [").append(kind).append("]}\n").append(properties);
    }

    /** A property (at 8 spaces) that is a reference or null, in the dialect's idiom. */
    private String nullableRef(String name) {
        if (dialect == Dialect.OPENAPI_3_0) {
            return "          nullable: true\n          allOf:\n            - " + ref(name) + "\n";
        }
        return "          anyOf:\n            - " + ref(name) + "\n            - {type: 'null'}\n";
    }

    private String nullableScalar(String type) {
        return dialect == Dialect.OPENAPI_3_0 ? "{type: " + type + ", nullable: true}" : "{type: [" + type + ", 'null']}";
    }

    /** A union of {@code branches} at {@code indent} spaces, or null as well when {@code nullable}. */
    private String union(String keyword, int indent, boolean nullable, String... branches) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        if (nullable && dialect == Dialect.OPENAPI_3_0) {
            out.append(pad).append("nullable: true\n");
        }
        out.append(pad).append(keyword).append(":\n");
        for (String branch : branches) {
            out.append(pad).append("  - ").append(branch).append('\n');
        }
        if (nullable && dialect == Dialect.OPENAPI_3_1) {
            out.append(pad).append("  - {type: 'null'}\n");
        }
        return out.toString();
    }

    private static String ref(String name) {
        return "{$ref: '#/components/schemas/" + name + "'}";
    }
}
