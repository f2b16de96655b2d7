package org.newskg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.Position;
import org.newskg.kb.PositionKind;

/**
 * Who held an office on a day, and whether a role a text gives someone is one of their offices then: the KB side
 * of "his Russian counterpart" (the holder of the subject's office for Russia on the article's date, when the text
 * does not name him) and of checking a role before it is written.
 *
 * <pre>{@code
 * OfficeHolders offices = new OfficeHolders(kb);
 * Optional<Entity> fm = offices.holder("Foreign Minister", "Q159", date);   // the one holder, linked
 * boolean held = offices.confirms("Q207", "President", "Q30", date);
 * }</pre>
 * A title newskg cannot map to a kind of office (data/kb/position-kinds.tsv), or an office two people are recorded
 * in on that day, gives no holder: never a guess. Immutable and thread-safe.
 */
public final class OfficeHolders {

    private final KnowledgeBase kb;

    public OfficeHolders(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The one person holding an office with this title for this country or organization on that day, if the KB knows one. */
    public Optional<Entity> holder(String title, String ofQid, LocalDate day) {
        Optional<PositionKind> kind = kb.titleKind(title);
        if (kind.isEmpty() || ofQid == null || day == null) {
            return Optional.empty();
        }
        List<KbEntry> holders = kb.holders(kind.get(), ofQid, day);
        return holders.size() == 1 ? Optional.of(new Entity(holders.get(0).qid(), holders.get(0).label(),
                holders.get(0).type(), holders.get(0).qid())) : Optional.empty();
    }

    /**
     * Whether the KB has this person in an office of the title's kind (for {@code ofQid} when given) on that day.
     * False when the title is unknown or the KB has no dated office that fits.
     */
    public boolean confirms(String personQid, String title, String ofQid, LocalDate day) {
        Optional<PositionKind> kind = kb.titleKind(title);
        if (kind.isEmpty() || day == null) {
            return false;
        }
        for (Position p : kb.positions(personQid)) {
            if (kb.kind(p) == kind.get() && (ofQid == null || ofQid.equals(p.ofQid())) && p.start() != null && p.heldOn(day)) {
                return true;
            }
        }
        return false;
    }
}
