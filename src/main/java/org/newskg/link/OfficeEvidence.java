package org.newskg.link;

import java.time.LocalDate;
import java.util.List;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.Position;
import org.newskg.kb.PositionKind;

/**
 * How a person candidate's offices fit the article's date and the title the text gives the mention:
 * a factor on the candidate's weight. "President Doe" in a 1990 article favours the Doe who was president in
 * 1990 ({@link #TITLE_HELD}) and disfavours a Doe who became president only later ({@link #TITLE_NOT_YET}):
 * nobody holds an office before first taking it. A date after the last known holding says little (people
 * return to office, the sources end in 2022, and a former president keeps the title in the news). With
 * no title, a person in an executive office on that day is favoured ({@link #IN_OFFICE}). But when another
 * candidate holds the titled office on that day, one who held it only earlier is the less likely reading
 * ({@link #TITLE_SUPERSEDED}, see {@link #heldOnlyEarlier}); "former President Doe" turns this round: the
 * office held before the date is the one meant. A title the KB knows other offices of the person for weighs
 * {@link #OTHER_OFFICES}, unless the KB records nobody in that office on that day: then 1, or
 * {@link #TITLE_UNRECORDED} when the office is of the person's own country (the sources miss many offices before
 * 2000, and a legislator of the country named with its prime minister's title is that prime minister). A title of
 * no kind the KB knows ("envoy") weighs {@link #OTHER_OFFICES} when it is of a country and every office the KB knows of
 * the person is another's; else the candidate is weighed as if untitled. Stateless.
 */
final class OfficeEvidence {

    static final double TITLE_HELD = 4.0;
    static final double TITLE_NOT_YET = 0.2;
    static final double OTHER_OFFICES = 0.5;
    static final double IN_OFFICE = 2.0;
    static final double TITLE_SUPERSEDED = 0.25;
    /** A title of the person's own country whose holder that day the KB does not record ("Prime Minister Doe" of 1995). */
    static final double TITLE_UNRECORDED = 2.0;

    private final KnowledgeBase kb;

    OfficeEvidence(KnowledgeBase kb) {
        this.kb = kb;
    }

    double factor(KbEntry candidate, RoleClue role, LocalDate date) {
        if (candidate.type() != EntityType.PERSON) {
            return 1.0;
        }
        List<Position> held = kb.positions(candidate.qid());
        // An office the KB has no kind for ("Pakistan's envoy"): only its country can speak against a candidate; else
        // the candidate is weighed as if no title were given.
        boolean kindless = role != null && role.kind() == null;
        if (kindless && foreignOnly(candidate, role, held)) {
            return OTHER_OFFICES;
        }
        if (role != null && !kindless) {
            boolean kindEver = false;
            boolean onlyLater = true;
            if (role.former() && date != null) {
                return heldOnlyEarlier(candidate, role, date) ? TITLE_HELD : held.isEmpty() ? 1.0 : OTHER_OFFICES;
            }
            for (Position p : held) {
                if (fits(p, role)) {
                    if (date == null || p.start() != null && p.heldOn(date)) {
                        return TITLE_HELD;
                    }
                    kindEver = true;
                    onlyLater &= p.start() != null && date.isBefore(p.start());
                }
            }
            if (kindEver) {
                return onlyLater ? TITLE_NOT_YET : 1.0;
            }
            // Known offices of other kinds only: the title is not one the KB knows this person by. But when the KB
            // knows nobody in the titled office that day, its silence says nothing against this person; and when the
            // office is of the country the KB has the person in politics of, the title says what the sources miss.
            if (!held.isEmpty() && unknownHolder(role, date)) {
                return role.ofQid().equals(candidate.countryQid()) ? TITLE_UNRECORDED : 1.0;
            }
            return held.isEmpty() ? 1.0 : OTHER_OFFICES;
        }
        if (date != null) {
            for (Position p : held) {
                if (p.start() != null && p.heldOn(date) && kb.kind(p).isExecutive()) {
                    return IN_OFFICE;
                }
            }
        }
        return 1.0;
    }

    /** The office is tied to a country or organization and a day, and the KB records no holder of it then. */
    /**
     * "Pakistan's envoy Shahid Malik" and a British legislator of that name: an office of one country for a person
     * of another whose every known office is another country's is no unrecorded office of this person.
     */
    private boolean foreignOnly(KbEntry candidate, RoleClue role, List<Position> held) {
        return role.ofQid() != null && !role.ofQid().equals(candidate.countryQid()) && isPresentCountry(role.ofQid()) && !held.isEmpty()
                && held.stream().allMatch(p -> p.ofQid() != null && !p.ofQid().equals(role.ofQid()) && isPresentCountry(p.ofQid()));
    }

    /** A country with no end in the KB: a state that was dissolved has successors whose offices its people held. */
    private boolean isPresentCountry(String qid) {
        return kb.byQid(qid).map(e -> e.type().isA(EntityType.COUNTRY) && !e.historical() && (e.existed() == null || e.existed().until() == null))
                .orElse(false);
    }

    private boolean unknownHolder(RoleClue role, LocalDate date) {
        return role.ofQid() != null && date != null && kb.holders(role.kind(), role.ofQid(), date).isEmpty();
    }

    /** The candidate held the titled office before {@code date} and does not hold it on that day. */
    boolean heldOnlyEarlier(KbEntry candidate, RoleClue role, LocalDate date) {
        if (candidate.type() != EntityType.PERSON || role == null || date == null) {
            return false;
        }
        boolean earlier = false;
        for (Position p : kb.positions(candidate.qid())) {
            if (fits(p, role) && p.start() != null) {
                if (p.heldOn(date)) {
                    return false;
                }
                earlier |= p.start().isBefore(date);
            }
        }
        return earlier;
    }

    private boolean fits(Position p, RoleClue role) {
        return kb.kind(p) == role.kind() && (role.ofQid() == null || role.ofQid().equals(p.ofQid()));
    }
}
