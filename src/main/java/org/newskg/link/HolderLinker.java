package org.newskg.link;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.HolderReference;
import org.newskg.kb.PositionKind;

/**
 * Links the people an article names only by office ("his Ruritanian counterpart", "the Borduran president")
 * to the knowledge base's one holder of that office on the article's date.
 *
 * <pre>{@code
 * Optional<Link> l = new HolderLinker(new OfficeHolders(kb)).link(reference, linksBySpan, date);
 * }</pre>
 * Precision first: no date, a country the KB does not know, a title that maps to no kind of office, a
 * counterpart whose own office is unknown, two kinds of office or two holders that day: no link, and the
 * mention refers to nothing. Immutable and thread-safe.
 */
final class HolderLinker {

    private final OfficeHolders offices;

    HolderLinker(OfficeHolders offices) {
        this.offices = offices;
    }

    /** The holder's link, given the links already made for the article's named mentions (by {@link Linker#span}). */
    Optional<Link> link(HolderReference h, Map<String, Link> named, LocalDate date) {
        String of = qid(h.of(), named);
        if (date == null || of == null) {
            return Optional.empty();
        }
        String owner = qid(h.counterpartOf(), named);
        Optional<Entity> holder;
        if (h.title() != null) {
            holder = offices.holder(h.title(), of, date);
        } else {
            // "his counterpart": the office the other person holds that day, for the named country
            Optional<PositionKind> kind = offices.executiveKind(owner, date);
            holder = kind.isEmpty() || offices.officesOf(owner, date).contains(of) ? Optional.empty()
                    : offices.holder(kind.get(), of, date);
        }
        // Nobody is their own counterpart.
        return holder.filter(e -> !e.qid().equals(owner)).map(e -> new Link(h.mention(), e, h.mention().confidence()));
    }

    private static String qid(EntityMention m, Map<String, Link> named) {
        if (m == null) {
            return null;
        }
        Link l = named.get(Linker.span(m));
        return l != null ? l.entity().qid() : m.kbQid();
    }
}
