package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Combines the statistical model's names with those of the knowledge base and the patterns. The model
 * proposes names everywhere; the other layers correct it where they are reliable:
 * <ul>
 * <li><b>strong</b> rule mentions (a title or role noun before a name, a multi-word KB name, a nationality
 * word, a named event, a company suffix, a quoted title a work noun marks, a dateline's source and place, a building named after a saint, a law head with "of"
 * or "on": "Treaty of Lisbon", a company named after two founders that a singular verb takes, "Harlow and Pike said
 * its", unless the knowledge base knows a name inside it) win any overlap and stand alone;</li>
 * <li>a KB name of one word stands alone unless it opens the sentence, the model sees no name there and
 * it is neither a country nor written in capitals (a capitalized first word is weak evidence: "Reading
 * the report...");</li>
 * <li>other pattern guesses ("in Nakuru", "Hebei Province") are not names by themselves: they only give
 * their finer type to a model name of the same span; a longer or crossing model name beats them
 * ("Lee Teng-hui" over "Lee Teng"), and without a model name they are dropped ("Level Meeting");</li>
 * <li>a rule mention with the same span as the model's keeps its finer type and KB link, and its own type
 * when a head word inside the name or a company cue before it gave it ("Nordvik Shipping" and "shares of Kessler
 * Motoren" are organizations, "Lake Kivu" a place), or when a strong place cue makes a place of a model person
 * ("near Zemo Nikozi", {@code pattern:place-phrase});</li>
 * <li>a model name covering two or more rule names joins what the rules keep apart ("Great Hall of the
 * People in Nairobi"): the rule names are kept instead.</li>
 * </ul>
 * A model PERSON made only of title words ("Director") is dropped.
 *
 * <pre>{@code
 * List<EntityMention> kept = NameCombiner.combine(ruleMentions, modelMentions, startsSentence, isTitle);
 * }</pre>
 * Stateless and thread-safe; the result is sorted by offset and has no overlaps. n log n in the mentions (overlaps
 * are looked up in {@link MentionIndex}).
 */
final class NameCombiner {

    private static final Set<String> STRONG_RULES = Set.of("pattern:title-person", "pattern:apposition-person", "kb:demonym",
            "pattern:dateline-source", "pattern:dateline-place", "pattern:event-name", "pattern:org-suffix", "pattern:region-prefix",
            "pattern:particle-name", "pattern:law-name", RuleMatches.DEMONYM_EVENT_RULE, CreditLineFinder.RULE,
            ProperNounPatternFinder.JOINED_COMPANY_RULE, WorkTitleFinder.TITLE_RULE);

    /** "St. Peter's Square": the saint's name in it is no person (the model often takes it for one). */
    private static final Pattern SAINTS_BUILDING = Pattern.compile(
            "(?:" + ProperNounPatternFinder.SAINT.pattern() + ") \\p{Lu}\\S*['\u2019]s ");

    /**
     * Patterns typed by a head word inside the name ("Nordvik Shipping", "Lake Kivu") or a company cue before it
     * ("analysts at", "shares of": org-descriptors.tsv) or a work noun right before it ("the trawler Zenda Pearl", a
     * ship the model takes for a person; work-nouns.tsv): their type beats the model's.
     */
    private static final Set<String> HEAD_RULES = Set.of("pattern:org-follower", "pattern:place-head", "pattern:org-context",
            "pattern:event-head", GroupWordFinder.RULE, InstitutionFinder.RULE, CuedNames.INDEX_RULE, ProperNounPatternFinder.BUILDING_RULE,
            ProperNounPatternFinder.LEAD_HEAD_RULE, ProperNounPatternFinder.MODEL_CODE_RULE, WorkTitleFinder.CUE_RULE);

    /** Patterns reliable enough to fill a gap the model left ("Ngozi Adeyemi": a known given name and a capitalized word). */
    private static final Set<String> GAP_RULES = Set.of("pattern:given-name", "pattern:org-context", "pattern:org-follower",
            "pattern:the-acronym", CuedNames.ACRONYM_RULE, "pattern:org-its", "pattern:age-person", GroupWordFinder.RULE, InstitutionFinder.RULE, RuleMatches.CONJUNCT_RULE,
            CuedNames.INDEX_RULE, PersonPatternFinder.INITIALS_RULE, ProperNounPatternFinder.LEAD_HEAD_RULE,
            ProperNounPatternFinder.BUILDING_RULE, ProperNounPatternFinder.MODEL_CODE_RULE, WorkTitleFinder.CUE_RULE);

    private NameCombiner() {
    }

    /**
     * @param rules          candidate mentions of the KB and pattern layers (they may overlap)
     * @param model          the model's mentions, most probable first (several models may overlap)
     * @param startsSentence whether a character offset is the first of its sentence
     * @param onlyTitles     whether a mention's text is nothing but title words ("Director", "Prime Minister")
     */
    static List<EntityMention> combine(List<MentionMerger.Candidate> rules, List<EntityMention> model, IntPredicate startsSentence,
                                       Predicate<String> onlyTitles) {
        Map<List<Integer>, List<MentionMerger.Candidate>> bySpan = new HashMap<>();
        rules.forEach(c -> bySpan.computeIfAbsent(List.of(c.mention().begin(), c.mention().end()), k -> new ArrayList<>()).add(c));
        Set<List<Integer>> datelinePlaces = new HashSet<>();
        rules.stream().map(MentionMerger.Candidate::mention).filter(m -> m.rule().equals("pattern:dateline-place"))
                .forEach(m -> datelinePlaces.add(List.of(m.begin(), m.end())));
        List<MentionMerger.Candidate> strong = rules.stream().filter(c -> isStrong(c.mention()))
                .filter(c -> !isOtherThanDatelinePlace(c.mention(), datelinePlaces))
                .filter(c -> !joinsKnownNames(c.mention(), rules))
                .map(c -> withKbEntry(c, bySpan)).toList();
        Map<Integer, Integer> shortestStrongEnd = new HashMap<>();
        strong.forEach(c -> shortestStrongEnd.merge(c.mention().begin(), c.mention().end(), Math::min));
        List<MentionMerger.Candidate> extended = rules.stream().filter(c -> extendsStrong(c.mention(), shortestStrongEnd)).toList();
        MentionIndex kept = new MentionIndex();
        MentionMerger.merge(concat(strong, extended)).forEach(kept::add);
        MentionIndex proposals = new MentionIndex();
        for (EntityMention m : model) {
            if (!(m.type() == EntityType.PERSON && onlyTitles.test(m.text())) && kept.isFree(m.begin(), m.end())
                    && proposals.isFree(m.begin(), m.end())) {
                proposals.add(m);
            }
        }
        MentionIndex ruleNames = new MentionIndex();
        MentionMerger.merge(rules).forEach(ruleNames::add);
        for (EntityMention p : proposals.inOrder()) {
            List<EntityMention> inside = ruleNames.within(p.begin(), p.end()).stream().filter(r -> r.length() < p.length()).toList();
            if (inside.size() >= 2) {
                inside.forEach(kept::add);
                continue;
            }
            EntityMention same = MentionMerger.merge(typedByHead(bySpan.getOrDefault(List.of(p.begin(), p.end()), List.of()).stream()
                    .filter(c -> agrees(c.mention(), p)).toList())).stream().findFirst().orElse(null);
            EntityMention headed = same == null ? headedAround(rules, p) : null;
            if (headed != null && kept.isFree(headed.begin(), headed.end())) {
                kept.add(headed);
                continue;
            }
            // "Banco Central do Brasil": a name typed by its head may already hold this proposal ("Brasil").
            if (kept.isFree(p.begin(), p.end())) {
                kept.add(same != null ? same : p);
            }
        }
        List<MentionMerger.Candidate> kbWords = rules.stream().filter(c -> c.mention().kbQid() != null
                && (!startsSentence.test(c.mention().begin()) || isSafeFirstWord(c.mention()))
                && kept.isFree(c.mention().begin(), c.mention().end())).toList();
        MentionMerger.merge(kbWords).forEach(kept::add);
        List<MentionMerger.Candidate> gaps = rules.stream().filter(c -> GAP_RULES.contains(c.mention().rule())
                && kept.isFree(c.mention().begin(), c.mention().end()))
                .map(c -> typedByHead(bySpan.get(List.of(c.mention().begin(), c.mention().end()))).get(0)).toList();
        MentionMerger.merge(gaps).forEach(kept::add);
        return kept.inOrder();
    }

    /**
     * "the 1987 Nobel Peace Prize": the model read "Nobel Peace" (a person); a name typed by its head word that holds the
     * model's name and goes on to that head is the whole name; so is one whose head comes first ("the Sea of Marmara",
     * where the model read "Marmara"). The longest such rule mention, or null.
     */
    private static EntityMention headedAround(List<MentionMerger.Candidate> rules, EntityMention p) {
        return rules.stream().map(MentionMerger.Candidate::mention)
                .filter(r -> HEAD_RULES.contains(r.rule()) && r.begin() <= p.begin() && p.end() <= r.end() && r.length() > p.length())
                .max(Comparator.comparingInt(EntityMention::length)).orElse(null);
    }

    /**
     * "Acme and Globex is the story": a company named after two founders is no such name when the knowledge base
     * knows a name inside it; the two are coordinated (the verb agreed with what follows it).
     */
    private static boolean joinsKnownNames(EntityMention m, List<MentionMerger.Candidate> rules) {
        return m.rule().equals(ProperNounPatternFinder.JOINED_COMPANY_RULE) && rules.stream().map(MentionMerger.Candidate::mention)
                .anyMatch(r -> r.kbQid() != null && r.begin() >= m.begin() && r.end() <= m.end());
    }

    /**
     * "NAIROBI, Kenya (Reuters) -": a dateline's place that the knowledge base knows is its entry (linked, finer type);
     * the dateline only makes it strong.
     */
    private static MentionMerger.Candidate withKbEntry(MentionMerger.Candidate c, Map<List<Integer>, List<MentionMerger.Candidate>> bySpan) {
        if (!c.mention().rule().equals("pattern:dateline-place")) {
            return c;
        }
        return bySpan.get(List.of(c.mention().begin(), c.mention().end())).stream()
                .filter(k -> k.mention().kbQid() != null && k.mention().type().root() == EntityType.PLACE).findFirst().orElse(c);
    }

    /**
     * "UNITED NATIONS 1993-06-15": the capitals opening a dateline name the place the story was filed from, not the
     * body the knowledge base also knows by those words; that entry does not make the span strong.
     */
    private static boolean isOtherThanDatelinePlace(EntityMention m, Set<List<Integer>> datelinePlaces) {
        return m.kbQid() != null && m.type().root() != EntityType.PLACE && datelinePlaces.contains(List.of(m.begin(), m.end()));
    }

    /**
     * "the Alfred Dunhill Cup": among rule names of one span with no knowledge-base entry, a head word inside the name
     * ("Cup", "Province", "Bank") says more than a given name at its start; the candidates so typed, or all of them.
     */
    private static List<MentionMerger.Candidate> typedByHead(List<MentionMerger.Candidate> sameSpan) {
        if (sameSpan.stream().anyMatch(c -> c.mention().kbQid() != null)) {
            return sameSpan;
        }
        List<MentionMerger.Candidate> headed = sameSpan.stream().filter(c -> HEAD_RULES.contains(c.mention().rule())).toList();
        return headed.isEmpty() ? sameSpan : headed;
    }

    /** A country or an all-caps name ("NATO") opening a sentence is no capitalized common word. */
    private static boolean isSafeFirstWord(EntityMention m) {
        return m.type() == EntityType.COUNTRY || m.text().length() > 1 && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A strong rule, or a KB name or group word of several words (hyphens part words too: "Port-au-Prince"; "Bosnian
     * Serb" is one people, not the demonyms of two countries).
     */
    static boolean isStrong(EntityMention r) {
        return STRONG_RULES.contains(r.rule())
                || (r.kbQid() != null || r.rule().equals(GroupWordFinder.RULE)) && NameKey.words(r.text()).size() >= 2
                || isFacility(r) && SAINTS_BUILDING.matcher(r.text()).lookingAt();
    }

    /**
     * A facility named after a strong name, with its head word after it ("St George's Hall", "Beijing Capital
     * Airport"): it names the building, not the place or person it starts with.
     */
    private static boolean extendsStrong(EntityMention r, Map<Integer, Integer> shortestStrongEnd) {
        Integer strongEnd = shortestStrongEnd.get(r.begin());
        return isFacility(r) && strongEnd != null && strongEnd < r.end();
    }

    private static boolean isFacility(EntityMention r) {
        return r.rule().equals("pattern:facility") || r.rule().equals(ProperNounPatternFinder.BUILDING_RULE);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Same span: the rule's mention (finer type, KB link) unless the model calls it something of another kind
     * and the rule is only a pattern; a KB entry's type is kept (it knows "Chad" is a country).
     */
    private static boolean agrees(EntityMention rule, EntityMention model) {
        return rule.kbQid() != null || HEAD_RULES.contains(rule.rule()) || rule.type().root() == model.type().root()
                || rule.rule().equals("pattern:place-phrase") && model.type().root() == EntityType.PERSON;
    }
}
