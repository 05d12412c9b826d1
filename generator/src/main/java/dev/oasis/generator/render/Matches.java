package dev.oasis.generator.render;

import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.render.model.MatchVars;
import java.util.List;

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
}
