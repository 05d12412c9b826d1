package dev.oasis.generator.render;

import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.render.model.MatchVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The template data of a {@link VariantMatch}, which the build stage decided: literals and words, no logic. */
final class Matches {

    private Matches() {
    }

    static MatchVars vars(VariantMatch match) {
        List<MatchVars.DiscriminatorVars> discriminator = match.hasDiscriminator()
                ? List.of(new MatchVars.DiscriminatorVars(JavaText.literal(match.discriminatorProperty()),
                        new MatchVars.LiteralList(match.discriminatorValues().stream().map(JavaText::literal).toList())))
                : List.of();
        return new MatchVars(match.kind().name(), discriminator,
                match.requiredProperties().stream().map(JavaText::literal).toList());
    }

    /** How the branch is recognised, in words, escaped for Javadoc. */
    static String description(VariantMatch match) {
        List<String> words = new ArrayList<>();
        if (match.hasDiscriminator()) {
            words.add("whose " + match.discriminatorProperty() + " is " + String.join(" or ", match.discriminatorValues()));
        }
        if (!match.requiredProperties().isEmpty()) {
            words.add("with " + String.join(", ", match.requiredProperties()));
        }
        String description = words.isEmpty()
                ? "a JSON " + match.kind().name().toLowerCase(Locale.ROOT)
                : "an object " + String.join(" and ", words);
        return JavaText.docEscape(description);
    }
}
