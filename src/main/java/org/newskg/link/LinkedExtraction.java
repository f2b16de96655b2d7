package org.newskg.link;

import java.util.List;
import org.newskg.extract.Extraction;

/** An extraction whose entity mentions are resolved to entities, in mention order. Immutable. */
public record LinkedExtraction(Extraction extraction, List<Link> links) {

    public LinkedExtraction {
        links = List.copyOf(links);
    }
}
