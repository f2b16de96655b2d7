package org.newskg.link;

import java.util.List;
import java.util.Map;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;

/**
 * An extraction whose entity mentions are resolved to entities, in mention order (a mention the linker could
 * not resolve, such as office words naming no known holder, has no link), with what the knowledge base says of
 * the roles of linked people ({@link OfficeCheck}; roles it could not judge are absent). Immutable.
 */
public record LinkedExtraction(Extraction extraction, List<Link> links, Map<RoleMention, OfficeCheck> officeChecks) {

    public LinkedExtraction {
        links = List.copyOf(links);
        officeChecks = Map.copyOf(officeChecks);
    }

    /** Links without role checks. */
    public LinkedExtraction(Extraction extraction, List<Link> links) {
        this(extraction, links, Map.of());
    }
}
