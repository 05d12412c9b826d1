package dev.oasis.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A library the generated code compiles against, with the version the generator is built and
 * tested with, so that a build tool can say what to add when it is missing.
 *
 * @param groupId the Maven group
 * @param artifactId the Maven artifact
 * @param version the version the generator is tested with
 * @param why what in the generated code needs it
 */
public record OutputDependency(String groupId, String artifactId, String version, String why) {

    private static final Properties VERSIONS = load();

    /** What the code generated with {@code config} needs besides the JDK. */
    public static List<OutputDependency> of(GeneratorConfig config) {
        List<OutputDependency> needed = new ArrayList<>();
        needed.add(new OutputDependency("com.fasterxml.jackson.core", "jackson-databind", VERSIONS.getProperty("jackson"),
                "the generated client reads and writes JSON with Jackson"));
        if (config.conventions().beanValidation()) {
            needed.add(new OutputDependency("jakarta.validation", "jakarta.validation-api",
                    VERSIONS.getProperty("jakartaValidation"), "beanValidation puts Jakarta Bean Validation annotations on the models"));
        }
        return needed;
    }

    /** {@code groupId:artifactId:version}. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** The dependency as a {@code pom.xml} element, to paste. */
    public String pomElement() {
        return "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                + "</version></dependency>";
    }

    private static Properties load() {
        try (InputStream in = OutputDependency.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
