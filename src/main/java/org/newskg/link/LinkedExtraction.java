package org.newskg.link;

import java.util.List;
import java.util.Map;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;

/**
 * An extraction whose entity mentions are resolved to entities, in mention order (a mention the linker could
 * not resolve, such as office words naming no known holder, has no link), with what the knowledge base says of
 * the roles of linked people ({@link OfficeCheck}; roles it could not judge are absent), and the owner the knowledge
 * base gives a role whose text names none ("President Bill Clinton" in 1998: the United States), when the holder's
 * offices of that kind on the article's date belong to exactly one country or organization. Immutable.
 */
public record LinkedExtraction(Extraction extraction, List<Link> links, Map<RoleMention, OfficeCheck> officeChecks,
                               Map<RoleMention, Entity> roleOwners) {

    public LinkedExtraction {
        links = List.copyOf(links);
        officeChecks = Map.copyOf(officeChecks);
        roleOwners = Map.copyOf(roleOwners);
    }

    /** Links and role checks, no owners from the knowledge base. */
    public LinkedExtraction(Extraction extraction, List<Link> links, Map<RoleMention, OfficeCheck> officeChecks) {
        this(extraction, links, officeChecks, Map.of());
    }

    /** Links without role checks. */
    public LinkedExtraction(Extraction extraction, List<Link> links) {
        this(extraction, links, Map.of());
    }
}
