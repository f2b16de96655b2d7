package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Participant;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Reads the people, countries and bodies a noun phrase after a trigger or a preposition names: "with his Brazilian
 * counterpart, Lula", "met Ruritania's Minister for Trade Jane Doe", "sanctions on Ruritanian oil", "urged the two
 * sides", "met the visiting minister", lists ("A, B and C").
 * Immutable; one per article.
 */
final class NounPhraseObjects {

    /** The most words of a title between an organization and the person holding it ("foreign policy chief"). */
    private static final int TITLE_WORDS = 5;

    private final ArticleView view;
    private final Coreference coref;
    private final TitleLexicon titles;
    private final CorefLexicon words;
    private final ReferenceReadings refs;

    NounPhraseObjects(ArticleView view, Coreference coref, TitleLexicon titles, CorefLexicon words, ReferenceReadings refs) {
        this.view = view;
        this.coref = coref;
        this.titles = titles;
        this.words = words;
        this.refs = refs;
    }

    /** How the people listed after "his Ruritanian and Borduran counterparts," are reached. */
    static final String COUNTERPARTS = "counterparts";

    /** The references in the noun phrase starting at token {@code k} ("with his Brazilian counterpart, Lula"). */
    List<Participant> objects(Sentence s, int k, String via) {
        List<Token> tokens = s.tokens();
        int start = k;
        List<Participant> out = new ArrayList<>();
        EntityMention demonym = null;
        EntityMention owner = null;
        boolean counterpart = false;
        int counterpartEnd = -1;
        TitleLexicon.Title lastTitle = null;
        EntityMention possessor = null;
        boolean qualifier = false;
        int listed = counterpartsListed(s, k);
        if (listed >= 0) {
            // "with his Luxembourg and Dutch counterparts, A and B": the people the apposition lists are the ones meant
            owner = Words.isAny(tokens.get(k), "his", "her") ? refs.pronoun(s, tokens.get(k)).orElse(null) : null;
            counterpart = true;
            k = listed;
        }
        int apposed = listed >= 0 ? -1 : namedAfterComma(s, k);
        if (apposed >= 0) {
            // "between the government's chief negotiator, Education Minister X, and Y", "met the city's mayor, X, at the
            // stadium": the person the apposition names is the one meant
            k = apposed;
        }
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            Optional<CorefLexicon.Phrase> phrase = words.at(view.text(), tokens, k);
            Optional<TitleLexicon.Title> title = titles.startingAt(view.text(), tokens, k);
            Optional<EntityMention> body = Words.is(t, "the") ? refs.definiteBody(s, k + 1) : Optional.empty();
            if (Words.isAny(t, "his", "her")) {
                owner = refs.pronoun(s, t).orElse(null); // whose counterpart, if one follows
            }
            if (ArticleView.isActor(m) && m.type() != EntityType.PERSON && hyphenModifier(s, m)) {
                k = ArticleView.tokenAt(s, m.end() - 1) + 3; // "the Ruritania-based cleric X": where X lives, not who is meant
                continue;
            }
            boolean ownerOrQualifier = ArticleView.isActor(m) && possessor == null
                    && (m.type() != EntityType.PERSON || ownsNamedPerson(s, m));
            boolean owns = ownerOrQualifier && ParticipantFinder.possessive(s, m);
            if (ownerOrQualifier && (owns || qualifiesPersonAfter(s, m))) {
                // "met Ruritania's Minister for Trade Jane Doe", "met U.S. President Jane Doe": Doe, unless nobody follows
                possessor = m;
                qualifier = !owns;
                k = qualifier ? afterAbbreviation(s, m) : ArticleView.tokenAt(s, m.end() - 1) + 1;
                k += k < tokens.size() && tokens.get(k).text().matches("['’]s") ? 1 : 0;
            } else if (ArticleView.isActor(m)) {
                out.add(new Participant(m, "participant", listed >= 0 ? COUNTERPARTS : counterpart ? "apposition" : via,
                        counterpart || listed >= 0 ? owner : null));
                demonym = null;
                counterpart = false;
                k = ArticleView.tokenAt(s, m.end() - 1) + 1;
                int and = via.equals("between-object") ? Insertions.appositionBeforeAnd(tokens, k) : -1;
                if (and < 0 && via.equals("between-object") && k + 1 < tokens.size() && Words.isComma(tokens.get(k))
                        && Words.is(tokens.get(k + 1), "and")) {
                    and = k + 1; // "between the chief negotiator, Minister X, and Y": the apposition's closing comma
                }
                if (and >= 0) {
                    k = and + 1; // "between X, secretary of the commission, and Y": over what the apposition says of X
                    continue;
                }
                if (k < tokens.size() && (Words.is(tokens.get(k), "and") || listComma(s, k))) {
                    k++;
                    if (k < tokens.size() && via.equals(Words.lower(tokens.get(k)) + "-object")) {
                        k++; // "with Roe and with Poe": the preposition said again
                    }
                    continue;
                }
                break;
            } else if (m != null && ArticleView.isDemonym(m) && peopleOf(s, m)) {
                out.add(new Participant(m, "participant", "coref:government")); // "banned Malaysians from leaving": Malaysia
                break;
            } else if (m != null && ArticleView.isDemonym(m)) {
                demonym = m;
                k = ArticleView.tokenAt(s, m.end() - 1) + 1;
            } else if (m != null && m.type() == EntityType.NATIONALITY) {
                // "with Borduro-Ruritanian President John Doe": a nationality word no country of the knowledge base
                // owns qualifies the one named after it, like any adjective; it names no state to stand for
                k = ArticleView.tokenAt(s, m.end() - 1) + 1;
            } else if (phrase.isPresent() && phrase.get().kind().equals("counterpart")) {
                counterpart = true;
                k = phrase.get().end();
                counterpartEnd = k;
            } else if (phrase.isPresent() && phrase.get().kind().equals("government") && demonym != null) {
                out.add(new Participant(demonym, "participant", "coref:government")); // "with Ruritanian troops"
                break;
            } else if (t.text().equals("-") && k + 1 < tokens.size() && tokens.get(k + 1).penn().matches("VB[DN]")
                    && Character.isLowerCase(tokens.get(k + 1).text().codePointAt(0))) {
                demonym = null; // "the Serb-led Yugoslav army": who leads it is not who it is
                k += 2;
            } else if (demonym != null && t.pos().equals("NOUN") && k + 1 < tokens.size()
                    && words.at(view.text(), tokens, k + 1).filter(p -> p.kind().equals("government")).isPresent()) {
                k++; // "expelled two Ruritanian trade officials": a noun between the demonym and the people acting for it
            } else if (phrase.isPresent() && phrase.get().kind().startsWith("group") && possessor(tokens, phrase.get().end())) {
                break; // "urged the two sides' negotiators": the group owns the one acted on, it is not it
            } else if (phrase.isPresent() && phrase.get().kind().startsWith("group")) {
                coref.group(phrase.get().kind(), s.index(), t.begin(),
                                CorefLexicon.groupNoun(tokens, phrase.get()).orElse(null), true)
                        .forEach(a -> out.add(new Participant(a, "participant", "coref:group")));
                break;
            } else if (phrase.isPresent() && phrase.get().kind().equals("country")) {
                countrysTitle(s, phrase.get()).ifPresent(a -> out.add(new Participant(a, "participant", "coref:title")));
                break;
            } else if (phrase.isPresent() && phrase.get().kind().equals("bloc")) {
                // "supported the bloc's efforts": the body named before
                coref.lastBody(s.index(), t.begin()).ifPresent(b -> out.add(new Participant(b, "participant", "coref:body")));
                break;
            } else if (body.isPresent()) {
                // "urged the council to lift the embargo": the council named before
                out.add(new Participant(body.get(), "participant", "coref:body"));
                break;
            } else if (ReferenceReadings.visiting(tokens, k) && title.isEmpty() && k + 1 < tokens.size()
                    && titles.startingAt(view.text(), tokens, k + 1).filter(x -> ReferenceReadings.endsNounPhrase(tokens, x.end())).isPresent()) {
                // "met the visiting minister": the minister from abroad named before
                String noun = titles.startingAt(view.text(), tokens, k + 1).orElseThrow().normalized();
                coref.visitor(noun, s.index(), t.begin())
                        .ifPresent(a -> out.add(new Participant(a, "participant", "coref:visitor")));
                break;
            } else if (ReferenceReadings.visitingName(view, tokens, k)) {
                k++; // "held talks with visiting Ruritanian Prime Minister Jane Doe": the visitor is Doe
            } else if (out.isEmpty() && Words.isAny(t, "him", "her") && k == start && objectPronoun(tokens, k)) {
                // "telephoned Roe and urged him to ...": the one acted on, not the subject
                coref.objectPronoun(s.index(), t.begin()).ifPresent(a -> out.add(new Participant(a, "participant", "coref:pronoun")));
                break;
            } else if (t.text().equals(".") && k > start && tokens.get(k - 1).end() == t.begin() && tokens.get(k - 1).isCapitalized()
                    && tokens.get(k - 1).text().length() <= 3 && k + 1 < tokens.size() && ArticleView.isActor(view.entityAt(tokens.get(k + 1)))) {
                k++; // "with Mrs. Gandhi", "Dr. Doe": the full stop of an honorific before a name
            } else if (Words.is(t, "then") && title.isEmpty() && k + 1 < tokens.size()
                    && titles.startingAt(view.text(), tokens, k + 1).isPresent()) {
                k++; // "with then Prime Minister X": the office X held at the time
            } else if (title.isPresent()) {
                lastTitle = title.get();
                k = title.get().end();
            } else if (t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.pos().equals("PRON") && !Words.isAny(t, "he", "she", "him")
                    || m == null && t.isCapitalized() && !Words.isPunct(t)
                    || qualifier && m == null && (t.pos().equals("NOUN") || t.text().equals("-"))) {
                k++; // modifiers and the words of a title ("Economy Minister", "EU foreign policy chief")
            } else if (m == null && t.pos().equals("NOUN") && !t.isCapitalized() && describesPersonAfter(tokens, k)) {
                k++; // "hanged the writer Ken Saro-Wiwa", "the opposition leader X": common nouns describing the person named after them
            } else if (Words.isAny(t, "for", "of") && lastTitle != null && lastTitle.end() == k && k + 1 < tokens.size()
                    && isTitleWord(tokens.get(k + 1))) {
                k++; // the portfolio after a title ("Minister for Industry and Energy")
            } else if (Words.is(t, "and") && k > 0 && k + 1 < tokens.size() && isTitleWord(tokens.get(k - 1))
                    && isTitleWord(tokens.get(k + 1))) {
                k++; // a portfolio joined inside a title ("Mines and Energy Minister")
            } else if (Words.isComma(t) && (counterpart || k > 0 && titles.endingAt(view.text(), tokens, k).isPresent())
                    && k + 1 < tokens.size()
                    && view.entityAt(tokens.get(k + 1)) != null && view.entityAt(tokens.get(k + 1)).type() == EntityType.PERSON) {
                k++;
            } else {
                break;
            }
        }
        if (out.isEmpty() && possessor != null) {
            out.add(new Participant(possessor, "participant", via)); // "sanctions on Ruritania's oil exports"
        }
        if (out.isEmpty() && !counterpart && demonym != null && via.matches("(on|against|to)-object")) {
            out.add(new Participant(demonym, "participant", "coref:demonym")); // "sanctions on Ruritanian oil": Ruritania
        }
        if (counterpart && demonym != null) {
            // "his Ruritanian counterpart" with no name after it: the person holding a position of Ruritania,
            // named in the article or else only by these words
            EntityMention whose = owner;
            Optional<EntityMention> named = coref.holderOf(demonym, demonym.begin());
            (named.isPresent() ? named : coref.unnamedHolder(s, ArticleView.tokenAt(s, demonym.begin()), counterpartEnd,
                    null, demonym, whose))
                    .ifPresent(a -> out.add(new Participant(a, "participant", "coref:counterpart", whose)));
        } else if (out.isEmpty() && demonym != null && unnamedTitle(s, demonym, lastTitle)) {
            // "with the Borduran president" when the article names no Borduran president
            coref.unnamedHolder(s, ArticleView.tokenAt(s, demonym.begin()), lastTitle.end(), lastTitle.normalized(), demonym, null)
                    .ifPresent(a -> out.add(new Participant(a, "participant", "coref:office-holder")));
        }
        return out;
    }

    /**
     * "his Luxembourg and Dutch counterparts, A and B": the token after the comma that ends a plural "counterparts"
     * whose countries are listed before it, when a person's name follows; else -1.
     */
    private int counterpartsListed(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        int c = k < tokens.size() && Words.isAny(tokens.get(k), "his", "her", "their") ? k + 1 : k;
        int countries = 0;
        while (c < tokens.size()) {
            EntityMention m = view.entityAt(tokens.get(c));
            if (m != null && m.type() == EntityType.COUNTRY) {
                countries++;
                c = ArticleView.tokenAt(s, m.end() - 1) + 1;
            } else if (Words.is(tokens.get(c), "and") || Words.isComma(tokens.get(c))) {
                c++;
            } else {
                break;
            }
        }
        boolean plural = c + 2 < tokens.size() && tokens.get(c).text().equalsIgnoreCase("counterparts");
        if (countries < 2 || !plural || !Words.isComma(tokens.get(c + 1))) {
            return -1;
        }
        EntityMention named = view.entityAt(tokens.get(c + 2));
        return named != null && named.type() == EntityType.PERSON ? c + 2 : -1;
    }

    /**
     * "the government's chief negotiator, Education Minister X,": the token after the comma when a noun phrase naming
     * nobody from token {@code k} on is followed, between commas, by a person's name (after a title); else -1.
     */
    private int namedAfterComma(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        boolean qualified = false;
        boolean owned = false;
        for (int c = k; c + 1 < tokens.size() && c <= k + Insertions.INSERTION; c++) {
            Token t = tokens.get(c);
            if (Words.isComma(t) && qualified && !owned) {
                return -1; // "met Ruritanian President Doe, Foreign Minister Roe, ...": a list, not an apposition
            }
            if (Words.isComma(t)) {
                int j = c + 1;
                while (j < tokens.size() && j <= c + TITLE_WORDS && describesName(tokens.get(j))) {
                    j++; // "Education Minister", "former Ruritanian president": the words of a title
                }
                EntityMention m = j < tokens.size() ? view.entityAt(tokens.get(j)) : null;
                int after = m == null ? -1 : ArticleView.tokenAt(s, m.end() - 1) + 1;
                return c > k && m != null && m.type() == EntityType.PERSON && after < tokens.size()
                        && Words.isComma(tokens.get(after)) ? c + 1 : -1;
            }
            EntityMention m = view.entityAt(t);
            if (Words.is(t, "counterpart")) {
                return -1; // "his Ruritanian counterpart, X,": read as a counterpart
            }
            boolean ofBody = c > k && Words.is(tokens.get(c - 1), "of")
                    || c > k + 1 && Words.is(tokens.get(c - 1), "the") && Words.is(tokens.get(c - 2), "of");
            if (ArticleView.isActor(m) && !ofBody && ParticipantFinder.possessive(s, m) && !owned) {
                // "met Ruritanian President Doe's envoy, Foreign Minister Roe,": Roe, whom Doe sent
                owned = true;
                c = afterPossessive(s, m) - 1;
                continue;
            }
            if (m != null && ArticleView.isDemonym(m) && !owned) {
                qualified = true; // "Ruritanian" before the owner's title
                c = ArticleView.tokenAt(s, m.end() - 1);
                continue;
            }
            if (ArticleView.isActor(m) && !ofBody) {
                return -1; // but "the mediator of the Union, X,": the body the person acts for
            }
            if (m == null && Chunks.isVerb(t) || Words.isPunct(t) || Words.is(t, "and")) {
                return -1;
            }
            if (m != null) {
                c = ArticleView.tokenAt(s, m.end() - 1);
            }
        }
        return -1;
    }

    /**
     * "Doe's special envoy Roe", "Doe's adviser, Roe": a person's possessive, a lower-case noun (after adjectives), then
     * another person named (after title words): the one named is meant, whom the owner sent or employs.
     */
    private boolean ownsNamedPerson(Sentence s, EntityMention owner) {
        List<Token> tokens = s.tokens();
        if (!ParticipantFinder.possessive(s, owner)) {
            return false;
        }
        int j = afterPossessive(s, owner);
        int nouns = 0;
        while (j < tokens.size() && !tokens.get(j).isCapitalized() && (tokens.get(j).pos().equals("ADJ") || tokens.get(j).pos().equals("NOUN"))) {
            nouns += tokens.get(j).pos().equals("NOUN") ? 1 : 0;
            j++;
        }
        j += j < tokens.size() && Words.isComma(tokens.get(j)) ? 1 : 0;
        for (int titleWords = 0; j < tokens.size() && titleWords < TITLE_WORDS && view.entityAt(tokens.get(j)) == null
                && describesName(tokens.get(j)); titleWords++) {
            j++;
        }
        EntityMention named = j < tokens.size() ? view.entityAt(tokens.get(j)) : null;
        return nouns > 0 && named != null && named.type() == EntityType.PERSON && !ArticleView.key(named).equals(ArticleView.key(owner));
    }

    /** The token after a name and the possessive mark the tokenizer split off it ("Doe" "'s", "Lukas" "'"). */
    private static int afterPossessive(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int j = ArticleView.tokenAt(s, m.end() - 1) + 1;
        return j + (j < tokens.size() && tokens.get(j).text().matches("['’]s?") ? 1 : 0);
    }

    /** A word of a title before a name: capitalized ("Education Minister"), an adjective ("former"), a nationality. */
    private boolean describesName(Token t) {
        EntityMention m = view.entityAt(t);
        return m == null ? isTitleWord(t) || t.pos().equals("ADJ") || t.pos().equals("NOUN") && !t.isCapitalized()
                : ArticleView.isDemonym(m);
    }

    /** Lower-case nouns or a title from token {@code k} on, then a person's name: "the writer Ken Saro-Wiwa". */
    private boolean describesPersonAfter(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
            EntityMention n = view.entityAt(tokens.get(j));
            if (n != null) {
                return n.type() == EntityType.PERSON;
            }
            Token t = tokens.get(j);
            if (!(t.pos().equals("NOUN") && !t.isCapitalized()) && titles.startingAt(view.text(), tokens, j).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /** "him", or "her" standing alone ("urged her to", not "her counterpart"): a pronoun object. */
    private static boolean objectPronoun(List<Token> tokens, int k) {
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return Words.lower(tokens.get(k)).equals("him")
                || next == null || !(next.pos().equals("NOUN") || next.pos().equals("ADJ") || next.pos().equals("PROPN")
                        || next.pos().equals("NUM") || next.isCapitalized());
    }

    /**
     * Whether a title follows the demonym directly and ends the noun phrase ("the Borduran president", not "the
     * Borduran president's envoy" nor "the Borduran President Jane Doe"), and no person of the article holds it.
     */
    private boolean unnamedTitle(Sentence s, EntityMention demonym, TitleLexicon.Title title) {
        List<Token> tokens = s.tokens();
        if (title == null || title.start() != ArticleView.tokenAt(s, demonym.end() - 1) + 1) {
            return false;
        }
        if (!ReferenceReadings.endsNounPhrase(tokens, title.end())) {
            return false;
        }
        return coref.holderOfTitle(title.normalized(), demonym, s.index(), tokens.get(title.start()).begin()).isEmpty()
                && coref.holderOf(demonym, demonym.begin()).isEmpty();
    }

    /** "the country's foreign minister" ending the noun phrase: its holder (see {@link Coreference#titleOfCountry}). */
    private Optional<EntityMention> countrysTitle(Sentence s, CorefLexicon.Phrase phrase) {
        List<Token> tokens = s.tokens();
        Optional<TitleLexicon.Title> title = phrase.end() < tokens.size()
                ? titles.startingAt(view.text(), tokens, phrase.end()) : Optional.empty();
        return title.isPresent() && ReferenceReadings.endsNounPhrase(tokens, title.get().end())
                ? coref.titleOfCountry(s, phrase.start(), title.get()) : Optional.empty();
    }

    /**
     * A person named later in the same noun phrase, after a title or other nouns: the country or organization only
     * qualifies that person ("U.S. Vice President Joe Biden", "UN Secretary-General Ban Ki-moon", "EU foreign policy
     * chief Catherine Ashton").
     */
    private boolean qualifiesPersonAfter(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int first = afterAbbreviation(s, m);
        for (int j = first; j < tokens.size() && j <= first + TITLE_WORDS; j++) {
            Token t = tokens.get(j);
            EntityMention n = view.entityAt(t);
            if (n != null && n != m) {
                return n.type() == EntityType.PERSON && j > first;
            }
            Optional<TitleLexicon.Title> title = titles.startingAt(view.text(), tokens, j);
            if (title.isPresent()) {
                j = title.get().end() - 1; // "U.S. Secretary of State Jane Doe": the title's own "of" ends nothing
                continue;
            }
            if (!t.pos().equals("NOUN") && !t.pos().equals("ADJ") && !t.pos().equals("PROPN")
                    && !t.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** The token after a mention, past the period of an abbreviation the tokenizer split off ("U.N" "."). */
    private static int afterAbbreviation(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int next = ArticleView.tokenAt(s, m.end() - 1) + 1;
        return next < tokens.size() && tokens.get(next).text().equals(".") && tokens.get(next).begin() == m.end()
                && m.text().indexOf('.') > 0 ? next + 1 : next;
    }

    private boolean isTitleWord(Token t) {
        return t.isCapitalized() && !Words.isPunct(t) && view.entityAt(t) == null;
    }

    /** A comma inside a list of names ("A, B and C"), not the comma that ends the phrase ("..., Xi said"). */
    private boolean listComma(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (!Words.isComma(tokens.get(k)) || k + 1 >= tokens.size()) {
            return false;
        }
        // "appealed to X, the United States, Y and Z": a name with its article
        int j = Words.is(tokens.get(k + 1), "the") && k + 2 < tokens.size() ? k + 2 : k + 1;
        EntityMention next = view.entityAt(tokens.get(j));
        if (!ArticleView.isActor(next)) {
            return false;
        }
        int after = ArticleView.tokenAt(s, next.end() - 1) + 1;
        return after < tokens.size() && (Words.is(tokens.get(after), "and") || Words.isComma(tokens.get(after)));
    }

    /** A phrase ending before token {@code k} in a possessive mark: "the two sides'" (one token), "the two sides 's". */
    private static boolean possessor(List<Token> tokens, int k) {
        // the tokenizer keeps a plural's mark on its noun, and "the two" may be all the lexicon matched of "the two sides'"
        return k < tokens.size() && tokens.get(k).text().matches("['’]s?|.+s['’]")
                || k > 0 && tokens.get(k - 1).text().matches(".+s['’]");
    }

    /** "Ruritanians" (the Penn tagger may call it NNP; the lemmatizer drops the plural's "s"). */
    /** "banned Malaysians from leaving", "barred all North Koreans": a plural demonym that ends its noun phrase. */
    private static boolean peopleOf(Sentence s, EntityMention demonym) {
        List<Token> tokens = s.tokens();
        int last = ArticleView.tokenAt(s, demonym.end() - 1);
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean ends = next == null || !(next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.pos().equals("ADJ"));
        return ends && (plural(tokens.get(last)) || Words.lower(tokens.get(last)).endsWith("s"));
    }

    static boolean plural(Token t) {
        String w = Words.lower(t);
        return t.penn().matches("NNP?S") || w.endsWith("s") && w.equals(t.lemma().toLowerCase(java.util.Locale.ROOT) + "s");
    }

    /** "Ruritania-based", "Strelsau-born": a name glued by a hyphen to a lower-case word, an adjective of what follows. */
    private static boolean hyphenModifier(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int after = ArticleView.tokenAt(s, m.end() - 1) + 1;
        return after + 1 < tokens.size() && tokens.get(after).text().equals("-") && tokens.get(after).begin() == m.end()
                && !tokens.get(after + 1).text().isEmpty() && Character.isLowerCase(tokens.get(after + 1).text().codePointAt(0));
    }
}
