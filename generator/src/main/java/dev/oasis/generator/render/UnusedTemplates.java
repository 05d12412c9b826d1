package dev.oasis.generator.render;

import dev.oasis.generator.ExtraTemplate;
import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about a template directory that does not exist, and about files in it that take no
 * effect: not named like a built-in template, not an extra template and not a partial one of the
 * user's templates includes. Such a file is almost always a misspelt override, so the warning
 * names the closest built-in name.
 */
public final class UnusedTemplates {

    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");

    private UnusedTemplates() {
    }

    /** Reports a warning for a missing template directory or for every file in it that matches nothing. */
    public static void report(TemplateSource templates, Path templateDirectory, List<ExtraTemplate> extras,
            Diagnostics diagnostics) {
        if (!Files.isDirectory(templateDirectory)) {
            diagnostics.report(Diagnostic.warning("template.directory-missing", SourceLocation.ofFile(templateDirectory), "",
                    "the template directory does not exist, so only the built-in templates are used",
                    "create it, or correct the templateDirectory setting"));
            return;
        }
        SortedSet<String> builtIn = new TreeSet<>(TemplateSource.builtInNames());
        builtIn.addAll(TemplateSource.runtimeNames());
        Set<String> used = new TreeSet<>(builtIn);
        extras.forEach(extra -> used.add(extra.template()));
        SortedSet<String> overrides = templates.overrideNames();
        for (String name : overrides.stream().filter(name -> name.endsWith(".mustache")).toList()) {
            Matcher partial = PARTIAL.matcher(new String(templates.bytes(name), StandardCharsets.UTF_8));
            while (partial.find()) {
                String included = partial.group(1);
                used.add(included.endsWith(".mustache") ? included : included + ".mustache");
            }
        }
        for (String name : overrides) {
            if (!used.contains(name)) {
                String closest = Closest.among(name, builtIn).orElse("model.mustache");
                diagnostics.report(Diagnostic.warning("template.unused",
                        SourceLocation.ofFile(templateDirectory.resolve(name)), "",
                        "template '" + name + "' matches no built-in template or runtime file and is not an extra template, so it is not used",
                        "to override a built-in template, name the file '" + closest + "'"));
            }
        }
    }
}
