package org.newskg.link;

import java.util.Objects;
import org.newskg.extract.EntityMention;

/** A mention resolved to an entity, with the linker's confidence in [0, 1]. Immutable. */
public record Link(EntityMention mention, Entity entity, double confidence) {

    public Link {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
        }
    }
}
