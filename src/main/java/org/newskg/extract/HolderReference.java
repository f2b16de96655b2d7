package org.newskg.extract;

import java.util.Objects;

/**
 * A person the text names only by an office and a country: "his Ruritanian counterpart", "the Borduran
 * president" when no name in the article is that person. {@code mention} covers the office words (rule
 * {@link #RULE}); the linker answers with the one holder of that office on the article's date, or nothing.
 * Immutable.
 *
 * @param mention       the person mention made for the office words ("Ruritanian counterpart")
 * @param title         the office as a title ("President"), or null when the text gives none: "his counterpart"
 *                      then means the office {@code counterpartOf} holds
 * @param of            the country or organization the office belongs to (a demonym or name mention)
 * @param counterpartOf the person whose counterpart this is ("his" of "his Ruritanian counterpart"), or null
 */
public record HolderReference(EntityMention mention, String title, EntityMention of, EntityMention counterpartOf) {

    /** The rule name of the mentions these references make. */
    public static final String RULE = "coref:office-holder";

    public HolderReference {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(of, "of");
        if (!mention.rule().equals(RULE)) {
            throw new IllegalArgumentException("a holder reference's mention has rule " + RULE + ", not " + mention.rule());
        }
        if (title == null && counterpartOf == null) {
            throw new IllegalArgumentException("holder reference '" + mention.text() + "' has neither a title nor a counterpart");
        }
    }

    /** Whether a mention was made for office words ("his Ruritanian counterpart") rather than found as a name. */
    public static boolean isHolderMention(EntityMention m) {
        return m.rule().equals(RULE);
    }
}
