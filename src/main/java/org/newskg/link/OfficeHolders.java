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
 * OfficeCheck c = offices.check("Q207", "President", "Q30", date);         // HELD, NOT_YET_HELD, ...
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
        return kb.titleKind(title, ofQid).flatMap(kind -> holder(kind, ofQid, day));
    }

    /** The one person holding an office of this kind for this country or organization on that day, if the KB knows one. */
    public Optional<Entity> holder(PositionKind kind, String ofQid, LocalDate day) {
        if (ofQid == null || day == null) {
            return Optional.empty();
        }
        List<KbEntry> holders = kb.holders(kind, ofQid, day);
        return holders.size() == 1 ? Optional.of(Entity.of(holders.get(0))) : Optional.empty();
    }

    /**
     * The kind of executive office (head of state, foreign minister, ...) the person holds on that day, with the
     * country or organization of each such holding: what "his counterpart" means. Empty when the KB records
     * none or offices of two kinds that day.
     */
    public Optional<PositionKind> executiveKind(String personQid, LocalDate day) {
        if (personQid == null || day == null) {
            return Optional.empty();
        }
        List<PositionKind> kinds = kb.positions(personQid).stream()
                .filter(p -> p.start() != null && p.heldOn(day)).map(kb::kind)
                .filter(PositionKind::isExecutive).map(PositionKind::level).distinct().toList();
        return kinds.size() == 1 ? Optional.of(kinds.get(0)) : Optional.empty();
    }

    /** The countries or organizations whose offices the person holds on that day. */
    public List<String> officesOf(String personQid, LocalDate day) {
        return kb.positions(personQid).stream().filter(p -> p.start() != null && p.heldOn(day))
                .map(Position::ofQid).distinct().toList();
    }

    /**
     * The country or organization of the person's office of the title's kind on that day ("President" for Bill
     * Clinton in 1998: the United States), when the KB records such offices for exactly one of them and knows it;
     * empty for an unknown title, no dated office that fits, or offices of that kind for two owners.
     */
    public Optional<Entity> ownerOf(String personQid, String title, LocalDate day) {
        Optional<PositionKind> kind = kb.titleKind(title);
        if (kind.isEmpty() || day == null || personQid == null) {
            return Optional.empty();
        }
        List<String> owners = kb.positions(personQid).stream()
                .filter(p -> p.start() != null && p.ofQid() != null && p.heldOn(day) && kb.kind(p) == kind.get())
                .map(Position::ofQid).distinct().toList();
        return owners.size() == 1 ? kb.byQid(owners.get(0)).map(Entity::of) : Optional.empty();
    }

    /**
     * Whether the KB has this person in an office of the title's kind (for {@code ofQid} when given) on that day.
     * False when the title is unknown or the KB has no dated office that fits.
     */
    public boolean confirms(String personQid, String title, String ofQid, LocalDate day) {
        return check(personQid, title, ofQid, day).orElse(null) == OfficeCheck.HELD;
    }

    /**
     * What the KB says of the person holding an office of the title's kind (for {@code ofQid} when given) on that
     * day; empty when the title maps to no kind of office (data/kb/position-kinds.tsv) or there is no date.
     */
    public Optional<OfficeCheck> check(String personQid, String title, String ofQid, LocalDate day) {
        Optional<PositionKind> kind = kb.titleKind(title, ofQid);
        if (kind.isEmpty() || day == null || personQid == null) {
            return Optional.empty();
        }
        boolean any = false;
        boolean allLater = true;
        for (Position p : kb.positions(personQid)) {
            if (kb.kind(p) != kind.get() || ofQid != null && !ofQid.equals(p.ofQid()) || p.start() == null) {
                continue;
            }
            if (p.heldOn(day)) {
                return Optional.of(OfficeCheck.HELD);
            }
            any = true;
            allLater &= day.isBefore(p.start());
        }
        return Optional.of(!any ? OfficeCheck.NOT_RECORDED : allLater ? OfficeCheck.NOT_YET_HELD : OfficeCheck.NO_LONGER_HELD);
    }
}
