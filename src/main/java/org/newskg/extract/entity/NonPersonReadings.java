package org.newskg.extract.entity;

import org.newskg.kb.EntityType;

/**
 * Retypes a name the statistical model took for a person when the words say it is none: a lone nationality adjective
 * before a common noun ("the Ruritanian peninsula") is a nationality word, an acronym in running text ("GSOMIA", "RLF")
 * a body, and a name before a noun of armed or political groups ("the Doe Front insurgency", "Front militants",
 * group-followers.tsv) a group, unless it opens with a known given name.
 *
 * <pre>{@code
 * NameMatch typed = new NonPersonReadings(cues).retype(words, m);
 * }</pre>
 * Immutable and thread-safe.
 */
final class NonPersonReadings {

    private final CueLexicon cues;

    NonPersonReadings(CueLexicon cues) {
        this.cues = cues;
    }

    /** {@code m}, retyped when it is a model person the words around it say is no person. */
    NameMatch retype(SentenceWords w, NameMatch m) {
        if (m.type() != EntityType.PERSON || m.qid() != null) {
            return m;
        }
        String[] words = w.words();
        String next = m.end() < words.length ? words[m.end()] : "";
        boolean lowerNext = !next.isEmpty() && next.chars().allMatch(Character::isLowerCase);
        if (m.length() == 1 && lowerNext && "ADJ".equals(w.tags()[m.start()]) && MiscTyper.isGroupWordShape(words[m.start()])) {
            return as(m, EntityType.NATIONALITY);
        }
        // (three letters at least: "AB" may be a person's initials)
        if (m.length() == 1 && words[m.start()].length() >= 3 && CuedNames.isAcronym(words[m.start()])
                && !NameWords.isAllCapsLine(words)) {
            return as(m, EntityType.ORGANIZATION);
        }
        if (cues.isGroupFollower(next) && (!cues.givenNames().contains(words[m.start()]) || theBefore(words, m.start()))) {
            return as(m, EntityType.ORGANIZATION);
        }
        return m;
    }

    /** "the opposition Jan Doe party": "the" and at most two lower-case words before a name make no person of it. */
    static boolean theBefore(String[] w, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            if (w[k].equalsIgnoreCase("the")) {
                return true;
            }
            if (!w[k].chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return false;
    }

    private static NameMatch as(NameMatch m, EntityType type) {
        return new NameMatch(m.start(), m.end(), type, m.name(), m.qid(), m.rule(), m.confidence());
    }
}
