package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

/**
 * The words around event triggers listed in {@code data/events/cues.tsv}: status words ("concluded",
 * "next"), date anchors ("ahead of"), host verbs ("host", "hold") and light verbs ("held talks").
 *
 * <pre>{@code
 * EventCues cues = EventCues.load(dataDir);
 * String status = cues.status(tokens, start, end);
 * }</pre>
 * Immutable and thread-safe.
 */
final class EventCues {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern PAST_VERB = Pattern.compile("VB[ND]");
    private static final Pattern PLURAL_NOUN = Pattern.compile("NNP?S");

    static final String FILE = "events/cues.tsv";
    private static final int BEFORE = 4;
    private static final int AFTER = 7;

    private final Map<String, String> statuses = new LinkedHashMap<>();
    private final Map<String, String> subjectStatuses = new LinkedHashMap<>();
    private final List<String> anchors = new ArrayList<>();
    private final Map<String, String> hosts = new LinkedHashMap<>();
    private final List<String> support = new ArrayList<>();
    private final Set<String> onsite = new HashSet<>();
    private final Map<String, String> references = new LinkedHashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final List<String> visited = new ArrayList<>();
    private final Set<String> delegates = new HashSet<>();
    private final Set<String> sidelines = new HashSet<>();
    private final Set<String> responses = new HashSet<>();
    private final List<String> receiving = new ArrayList<>();
    private final List<String> demanding = new ArrayList<>();
    private final List<String> consequences = new ArrayList<>();
    private final Set<String> missions = new HashSet<>();
    private final List<String> posts = new ArrayList<>();
    private final Set<String> preparing = new HashSet<>();
    private final Map<String, String> courtesies = new LinkedHashMap<>();
    private final Set<String> attending = new HashSet<>();
    private final Set<String> documents = new HashSet<>();
    private final Set<String> localities = new HashSet<>();
    private final Set<String> occasions = new HashSet<>();
    private final Set<String> portions = new HashSet<>();
    private final Set<String> issuing = new HashSet<>();
    private final Set<String> accepting = new HashSet<>();
    private final Set<String> greeting = new HashSet<>();
    private final Set<String> topics = new HashSet<>();
    private final List<String> causes = new ArrayList<>();
    private final List<String> mishaps = new ArrayList<>();
    private final Set<String> pullbacks = new HashSet<>();
    private final Set<String> forces = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();
    private final Set<String> mutual = new HashSet<>();
    private final Set<String> deeds = new HashSet<>();
    private final Set<String> obstructing = new HashSet<>();
    private final Set<String> matters = new HashSet<>();

    private EventCues(List<String[]> rows) {
        for (String[] r : rows) {
            switch (r[1]) {
                case "status" -> statuses.put(r[0], r[2]);
                case "subject-status" -> subjectStatuses.put(r[0], r[2]);
                case "anchor" -> anchors.add(r[0]);
                case "host" -> hosts.put(r[0], r[2]);
                case "support" -> support.add(r[0]);
                case "onsite" -> onsite.add(r[0]);
                case "reference" -> references.put(r[0], r[2]);
                case "evaluate" -> evaluating.add(r[0]);
                case "visited" -> visited.add(r[0]);
                case "delegates" -> delegates.add(r[0]);
                case "sidelines" -> sidelines.add(r[0]);
                case "response" -> responses.add(r[0]);
                case "receive" -> receiving.add(r[0]);
                case "demand" -> demanding.add(r[0]);
                case "consequence" -> consequences.add(r[0]);
                case "mission" -> missions.add(r[0]);
                case "post" -> posts.add(r[0]);
                case "prepare" -> preparing.add(r[0]);
                case "courtesy" -> courtesies.put(r[0], r[2]);
                case "attendance" -> attending.add(r[0]);
                case "document" -> documents.add(r[0]);
                case "locality" -> localities.add(r[0]);
                case "occasion" -> occasions.add(r[0]);
                case "portion" -> portions.add(r[0]);
                case "issue" -> issuing.add(r[0]);
                case "accept" -> accepting.add(r[0]);
                case "greet" -> greeting.add(r[0]);
                case "topic" -> topics.add(r[0]);
                case "cause" -> causes.add(r[0]);
                case "mishap" -> mishaps.add(r[0]);
                case "pullback" -> pullbacks.add(r[0]);
                case "forces" -> forces.add(r[0]);
                case "body" -> bodies.add(r[0]);
                case "mutual" -> mutual.add(r[0]);
                case "deed" -> deeds.add(r[0]);
                case "obstruct" -> obstructing.add(r[0]);
                case "matter" -> matters.add(r[0]);
                default -> throw new IllegalArgumentException(FILE + ": unknown cue kind '" + r[1] + "' for '" + r[0] + "'");
            }
        }
    }

    /**
     * The trigger phrase that a verb trigger ("call on") stands for when its object is a person and no infinitive
     * says what is asked ({@code courtesy} cues: "called on President Doe at the palace" is a courtesy call), or empty.
     */
    Optional<String> courtesy(String phrase) {
        return Optional.ofNullable(courtesies.get(phrase));
    }

    /** A participle whose agent after "by" takes part in the gathering before it: "attended by" ({@code attendance} cues). */
    boolean isAttending(Token t) {
        return (t.penn().equals("VBN") || t.penn().equals("VBD")) && attending.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A noun for a text a body adopts or issues: "resolution", "statement" ({@code document} cues). */
    /** A noun measuring out a trigger after "of" ("a round of talks"). */
    boolean isPortion(Token t) {
        return portions.contains(Words.lower(t));
    }

    /** A kind of town ("resort", "capital") which after "this" stands for the dateline's city. */
    boolean isLocality(Token t) {
        return localities.contains(Words.lower(t));
    }

    /** A noun for an occasion of speaking ("speech", "news conference"), whose place is that of what is said ({@code occasion} cues). */
    boolean isOccasion(Token t) {
        return occasions.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || occasions.contains(Words.lower(t));
    }

    boolean isDocument(Token t) {
        return documents.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || documents.contains(Words.lower(t));
    }

    /** A verb by which a body makes a text its own: "adopt", "issue" ({@code issue} cues). */
    boolean isIssuing(Token t) {
        return issuing.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A participle whose agent receives a visitor: "was greeted by", "was met at the airport by" ({@code greet} cues). */
    boolean isGreeting(Token t) {
        return t.penn().equals("VBN") && greeting.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb whose object is a matter talked over, not an act done: "discuss new sanctions" ({@code topic} cues). */
    boolean isTopic(Token t) {
        return Chunks.isVerb(t) && isTopicWord(t);
    }

    /**
     * A word whose object or matter is talked over, verb or noun ({@code topic} cues): "discuss", and before "on" or
     * "about" also "talks on a treaty", "negotiations about new sanctions".
     */
    boolean isTopicWord(Token t) {
        return topics.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb whose subject takes up the offer its object names: "accepted an invitation" ({@code accept} cues). */
    boolean isAccepting(Token t) {
        return Chunks.isVerb(t) && accepting.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A word naming an earlier act in general: "the move", "the decision" ({@code reference} cues). */
    boolean isReference(Token t) {
        return references.containsKey(t.lemma().toLowerCase(java.util.Locale.ROOT)) || references.containsKey(Words.lower(t));
    }

    /**
     * Whether "on" at token {@code k} opens a matter talked over ({@code matter} cues): "on the crisis in X", "on
     * the Ruritanian question", over a determiner and up to two modifiers.
     */
    boolean opensMatter(List<Token> tokens, int k) {
        if (!Words.is(tokens.get(k), "on")) {
            return false;
        }
        for (int i = k + 1; i < tokens.size() && i <= k + 4; i++) {
            if (matters.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            String pos = tokens.get(i).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("PROPN"))) {
                return false;
            }
        }
        return false;
    }

    /** A verb whose noun-trigger object is held up by its subject, who takes no part in it: "delay the signing". */
    boolean isObstructing(Token t) {
        // (the UD tagger may call "to delay" an adjective: the lemma is read whatever the tag)
        return obstructing.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A {@code reference} noun for a thing done, not said: "welcomed the decision" names no praise or criticism told
     * before it ({@code deed} cues).
     */
    boolean isDeed(Token t) {
        return deeds.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || deeds.contains(Words.lower(t));
    }

    /** The verb that tells the act a {@code reference} noun names ("the proposal": "propose"), or empty. */
    Optional<String> referenceVerb(Token t) {
        String v = references.getOrDefault(t.lemma().toLowerCase(java.util.Locale.ROOT), references.get(Words.lower(t)));
        return v == null || v.equals("-") ? Optional.empty() : Optional.of(v);
    }

    /** A verb that passes a judgment on its object: "called the move unfriendly" ({@code evaluate} cues). */
    boolean isEvaluating(Token t) {
        return evaluating.stream().anyMatch(w -> Words.is(t, w));
    }

    /** True when a verb whose subject receives what its object gives ("secured", "won") stands at token {@code i}. */
    boolean isReceivingVerb(List<Token> tokens, int i) {
        return i >= 0 && Chunks.isVerb(tokens.get(i)) && receiving.stream().anyMatch(v -> Words.is(tokens.get(i), v));
    }

    /** The index after a demanding verb ("demanding", "calling for") at token {@code i}, or -1. */
    int demandEnd(List<Token> tokens, int i) {
        return endOfAny(demanding, tokens, i);
    }

    /** The index after the first of {@code cues} whose lemmas start at token {@code i}, or -1. */
    private static int endOfAny(List<String> cues, List<Token> tokens, int i) {
        for (String c : cues) {
            int end = Words.lemmas(tokens, i, c);
            if (end > i) {
                return end;
            }
        }
        return -1;
    }

    /** A trigger phrase for an act that answers an earlier one: "counter-attack", "reprisal". */
    boolean isResponse(String triggerPhrase) {
        return responses.contains(triggerPhrase);
    }

    /**
     * True when the words from token {@code from} on, in the same clause, give a natural or chance cause for the act
     * told before them: a {@code cause} cue followed by a {@code mishap} cue ("cancelled the trip because of the
     * floods in Ruritania", "called off the visit due to bad weather").
     */
    boolean mishapCauseAfter(List<Token> tokens, int from) {
        for (int i = Math.max(0, from); i < tokens.size() && i < from + 8 && !clauseBreak(tokens.get(i)); i++) {
            int end = endOfAny(causes, tokens, i);
            if (end > i) {
                for (int k = end; k < tokens.size() && k < end + 4 && !clauseBreak(tokens.get(k)); k++) {
                    if (endOfAny(mishaps, tokens, k) > k) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean clauseBreak(Token t) {
        return Words.isComma(t) || Words.isAny(t, ";", ".", "but");
    }

    /** True when a verb of consequence ("prompting", "sparking") lies in tokens [from, to). */
    boolean consequenceBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (tokens.get(i).pos().equals("VERB") && endOfAny(consequences, tokens, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** "sidelines", "margins": the edge of a gathering, where people meet while it is held. */
    boolean isSidelines(Token t) {
        return sidelines.contains(Words.lower(t));
    }

    /** "embassy", "consulate": a country's mission abroad, named with the country's demonym ("the French embassy"). */
    boolean isMission(Token t) {
        return missions.contains(Words.lower(t));
    }

    /** "ambassador", "high commissioner": an envoy's title ending at token {@code end} (exclusive). */
    boolean isPostEnding(List<Token> tokens, int end) {
        return posts.stream().anyMatch(p -> {
            String[] words = p.split(" ");
            int from = end - words.length;
            if (from < 0) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                if (!Words.is(tokens.get(from + i), words[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A verb that two sides do together: "'We agreed ...,' Doe said" after a meeting ({@code mutual} cues). */
    boolean isMutual(Token t) {
        return Chunks.isVerb(t) && mutual.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb whose object is an event still to come: "to prepare a summit" ({@code prepare} cues). */
    boolean isPreparing(Token t) {
        return Chunks.isVerb(t) && preparing.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the words just before token {@code np} are a {@code prepare} cue whose object is the noun phrase there:
     * one verb ("to prepare a summit", "requested a meeting") or a verb with its preposition ("asked for a meeting with
     * Y", "called for talks"): what is asked for or prepared is still to come.
     */
    boolean preparedAt(List<Token> tokens, int np) {
        if (np > 0 && isPreparing(tokens.get(np - 1))) {
            return true;
        }
        for (String c : preparing) {
            int n = c.indexOf(' ') < 0 ? 1 : c.split(" ").length;
            int from = np - n;
            if (n > 1 && from >= 0 && Chunks.isVerb(tokens.get(from)) && Words.lemmas(tokens, from, c) == np) {
                return true;
            }
        }
        return false;
    }

    /** "withdrawal", "pullout": forces taken back, asked of their country after a demand or an appeal. */
    boolean isPullback(Token t) {
        return pullbacks.contains(Words.lower(t)); // (whatever the tagger says: it may read "withdrawal" as an adjective)
    }

    /** "boat", "troops": a country's armed forces or a craft of them, acting for the country their nationality names. */
    boolean isForces(Token t) {
        return forces.stream().anyMatch(w -> Words.is(t, w));
    }

    /** "council", "army": a country's ruling body or armed service, acting for the country whose possessive it follows. */
    boolean isBody(Token t) {
        return bodies.stream().anyMatch(w -> Words.is(t, w));
    }

    /** "officials", "ministers": people acting for the countries or bodies named with them. */
    boolean isDelegates(Token t) {
        return PLURAL_NOUN.matcher(t.penn()).matches() && delegates.stream().anyMatch(w -> Words.is(t, w));
    }

    /** "delegation", "officials": a word for people acting for a country or body, in the singular too ({@code delegates} cues). */
    boolean isDelegatesWord(Token t) {
        return t.pos().equals("NOUN") && delegates.stream().anyMatch(w -> Words.is(t, w));
    }

    static EventCues load(Path dataDir) {
        return new EventCues(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(3));
    }

    /** The status said by a cue a few words before the trigger [start, end), or after it in the same clause; or null. */
    String status(List<Token> tokens, int start, int end) {
        String before = statusBefore(tokens, start);
        if (before != null) {
            return before;
        }
        for (int i = end; i < tokens.size() && i < end + AFTER; i++) {
            // a new clause ("an agreement that will channel ...") or a modal ("could be concluded") says nothing of the event
            if (Words.isPunct(tokens.get(i)) || Words.isAny(tokens.get(i), "that", "which", "who", "where", "could",
                    "would", "may", "might", "should", "can", "must")) {
                break;
            }
            if (Words.isAny(tokens.get(i), "and", "but") && i + 1 < tokens.size()
                    && tokens.get(i + 1).penn().matches("VB[DZP]?")) {
                break; // "met on the sidelines of the summit and agreed to ...": the next verb's status, not the summit's
            }
            // "a visit expected to focus on trade": a participle right after the trigger tells of another verb
            boolean reduced = i == end && tokens.get(i).penn().matches("VB[ND]") && i + 1 < tokens.size()
                    && Words.is(tokens.get(i + 1), "to");
            String s = reduced ? null : statusAt(tokens, i);
            if (s != null) {
                return s;
            }
            if (i > end && tokens.get(i).penn().equals("TO") && i + 1 < tokens.size() && tokens.get(i + 1).penn().equals("VB")) {
                break; // "backing for a plan to end the fighting": the infinitive's verb is another act
            }
        }
        return null;
    }

    /** The status a cue just before token {@code start} says ("will", "is to", "due to"), or null. */
    String statusBefore(List<Token> tokens, int start) {
        for (int i = Math.max(0, start - BEFORE); i < start; i++) {
            String s = statusAt(tokens, i);
            if (s != null) {
                return s;
            }
        }
        return statusOverPhrase(tokens, start);
    }

    /** The most words of a phrase between a verb and its infinitive's "to" ("agreed on Tuesday to"). */
    private static final int SET_OFF = 3;

    private static final Set<String> PHRASE_TAGS = Set.of("DET", "NOUN", "PROPN", "NUM");

    /**
     * "agreed on Tuesday to hold talks", "agreed in Strelsau to meet": the status a verb cue ending in "to" says
     * ("agree to") when a short prepositional phrase stands between the verb and the infinitive's "to" just before
     * token {@code start}; null when none.
     */
    private String statusOverPhrase(List<Token> tokens, int start) {
        for (int to = start - 1; to >= 2 && to >= start - BEFORE; to--) {
            if (!tokens.get(to).penn().equals("TO") || to + 1 >= tokens.size() || !tokens.get(to + 1).penn().startsWith("VB")) {
                continue;
            }
            int k = to - 1;
            while (k > 0 && to - k <= SET_OFF && PHRASE_TAGS.contains(tokens.get(k).pos())) {
                k--;
            }
            if (k < 1 || to - k > SET_OFF || !tokens.get(k).pos().equals("ADP") || !tokens.get(k - 1).pos().equals("VERB")) {
                return null;
            }
            List<Token> joined = new ArrayList<>(tokens.subList(0, k));
            joined.addAll(tokens.subList(to, tokens.size()));
            String s = statusAt(joined, k - 1);
            return s != null && s.equals("planned") ? s : null;
        }
        return null;
    }

    /**
     * The status said by the verb of which a noun trigger ending before {@code end} is the subject: "Talks between
     * A and B are due next week", "A's meeting with B in Paris will take place on Friday". The noun phrases and
     * prepositional phrases after the trigger are passed over by their chunks; null when no verb phrase follows.
     */
    String statusOfVerbAfter(List<Token> tokens, int end) {
        int vp = statusVerbAfter(tokens, end);
        return vp < 0 ? null : statusIn(tokens, vp);
    }

    /**
     * The first token of the verb phrase of which a noun trigger ending before {@code end} is the subject, when that
     * verb says a status ("are expected", "will take place"), else -1: what comes after it ("in Tehran next month") is
     * said of the event.
     */
    int statusVerbAfter(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && (Chunks.is(tokens, k, "PP") || Chunks.is(tokens, k, "NP")
                || Words.is(tokens.get(k), "and"))) {
            if (Words.is(tokens.get(k), "and") && k + 1 < tokens.size() && tokens.get(k + 1).penn().matches("VB[DZP]?")) {
                return -1; // "held talks on Thursday and agreed to start negotiations": the next verb is another act
            }
            k = Chunks.end(tokens, k);
            int and = Insertions.appositionBeforeAnd(tokens, k);
            if (and >= 0) {
                k = and; // "Talks between X, secretary of ..., and Y are expected": over the apposition to the next party
            }
            int verb = Insertions.appositionBeforeVerb(tokens, k);
            if (verb >= 0) {
                k = verb; // "Talks between X and Y, the first in a decade, are expected on Monday": over the apposition
            }
        }
        if (!Chunks.is(tokens, k, "VP") || k == end && PAST_VERB.matcher(tokens.get(k).penn()).matches() && !Words.is(tokens.get(k), "be")
                || tokens.get(k).penn().equals("TO")) {
            return -1; // "a visit expected to focus on trade", "a plan to end the fighting": not the noun's verb
        }
        for (int w = k - 2; w >= end; w--) {
            if (tokens.get(w).penn().startsWith("W")) {
                return -1; // "the signing of a memorandum under which firms will invest": the relative clause's own verb
            }
        }
        return statusIn(tokens, k) != null ? k : -1;
    }

    /** The status said by the verb phrase at token {@code k} (with an adjective after it: "are due"), or null. */
    private String statusIn(List<Token> tokens, int k) {
        int vpEnd = Chunks.end(tokens, k);
        if (vpEnd < tokens.size() && Chunks.is(tokens, vpEnd, "ADJP")) {
            vpEnd = Chunks.end(tokens, vpEnd); // "are due"
        }
        for (int i = k; i < vpEnd; i++) {
            String s = statusAt(tokens, i);
            for (Map.Entry<String, String> e : subjectStatuses.entrySet()) {
                s = s == null && Words.lemmas(tokens, i, e.getKey()) > i ? e.getValue() : s;
            }
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Whether token {@code i} begins a status word ("planned", "due", "will"). */
    boolean isStatus(List<Token> tokens, int i) {
        return statusAt(tokens, i) != null;
    }

    private String statusAt(List<Token> tokens, int i) {
        if (tokens.get(i).penn().startsWith("NN")) {
            return null; // "rejected the plan", "ahead of schedule": a noun says nothing of this event's status
        }
        for (Map.Entry<String, String> e : statuses.entrySet()) {
            if (Words.lemmas(tokens, i, e.getKey()) > i) {
                return e.getValue();
            }
        }
        return null;
    }

    /** True when events of this class happen where the people are (a meeting, a signing, a protest), not at a distance. */
    boolean onsite(String type) {
        return onsite.contains(type);
    }

    /** True when the words just before token {@code i} make a date there a reference point ("ahead of"). */
    boolean anchoredAt(List<Token> tokens, int i) {
        for (String a : anchors) {
            int n = a.split(" ").length;
            for (int from = i - n; from >= Math.max(0, i - n - 1); from--) {
                // allow one determiner between the anchor and the date ("ahead of the Chinese New Year")
                if (from >= 0 && Words.lemmas(tokens, from, a) == from + n
                        && (from + n == i || tokens.get(from + n).pos().equals("DET"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when an anchor word stands in tokens [from, to): "... trip since he took office in December 2021". */
    boolean anchorBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (i > 0 && tokens.get(i - 1).penn().equals("VBN") && Words.is(tokens.get(i), "by")) {
                continue; // "received by the president on Tuesday": the agent of a passive, not "by Tuesday"
            }
            for (String a : anchors) {
                if (Words.lemmas(tokens, i, a) > i) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "any", "place-or-org", or null when the token is no host verb. */
    String hostKind(Token t) {
        for (Map.Entry<String, String> e : hosts.entrySet()) {
            if (Words.is(t, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The index after a cue starting at token {@code i} that names, in a visit's sentence, whom the visitor goes
     * to see ("at the invitation of", "for talks with", "to meet"), or -1 ({@code visited} cues).
     */
    int visitedCue(List<Token> tokens, int i) {
        int end = endOfAny(visited, tokens, i);
        if (end > 0 || !Words.is(tokens.get(i), "for")) {
            return end;
        }
        // "for last-ditch talks with Y", "for urgent consultations with Y", "for a two-day meeting with Y": modifiers
        // between "for" and the noun of a cue
        int k = i + 1;
        while (k < tokens.size() && k < i + 5 && (tokens.get(k).pos().equals("DET") || tokens.get(k).pos().equals("ADJ")
                || tokens.get(k).text().indexOf('-') >= 0 || k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")
                || k > i + 1 && tokens.get(k - 1).text().equals("-"))) {
            k++;
        }
        for (String c : visited) {
            String rest = c.startsWith("for a ") ? c.substring(6) : c.startsWith("for ") ? c.substring(4) : null;
            int e = rest == null || k == i + 1 ? -1 : Words.lemmas(tokens, k, rest);
            if (e > k) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code t} is the noun of a {@code visited} cue "NOUN of" said with its owner before it instead:
     * "at Roe's invitation" as "at the invitation of Roe".
     */
    boolean visitedByOwner(Token t) {
        return visited.contains(t.lemma().toLowerCase(java.util.Locale.ROOT) + " of");
    }

    boolean isSupportVerb(Token t) {
        return support.stream().anyMatch(s -> Words.is(t, s));
    }

    /** True when a light verb, of one word or more ("wrap up"), starts at token {@code i}. */
    boolean isSupportVerb(List<Token> tokens, int i) {
        return support.stream().anyMatch(s -> Words.lemmas(tokens, i, s) > i);
    }
}
