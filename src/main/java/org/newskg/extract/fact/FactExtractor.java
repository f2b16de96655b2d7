package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.Cancellation;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeMention;
import org.newskg.kb.PositionKinds;

/**
 * Adds the facts of an article to its mentions: roles ("German Chancellor Olaf Scholz"), reported statements
 * ("..., Xi said") and events (phone calls, talks, summits, ...), with participants resolved within the
 * article, and the people it names only by office ({@link org.newskg.extract.HolderReference}).
 * All words it knows come from {@code data/events}, {@code data/roles} and {@code data/statements}, and which titles
 * name one office ("Premier", "Prime Minister") from {@code data/kb/position-kinds.tsv}.
 *
 * <pre>{@code
 * FactExtractor facts = FactExtractor.load(dataDir);
 * Extraction full = facts.extract(new Extraction(text, entities, times));
 * }</pre>
 * Immutable and thread-safe: the lexicons are read once; each call works on its own article.
 */
public final class FactExtractor {

    private final TriggerLexicon triggers;
    private final EventCues cues;
    private final TitleLexicon titles;
    private final CorefLexicon coref;
    private final ReportingVerbs verbs;
    private final PlaceCountries places;
    private final PositionKinds kinds;
    private final RoleFinder roleFinder;
    private final EventFinder events;
    private final FacilityNames facilities;

    private FactExtractor(TriggerLexicon triggers, EventCues cues, TitleLexicon titles, CorefLexicon coref,
                          ReportingVerbs verbs, PlaceCountries places, PositionKinds kinds, RoleVerbs roleVerbs,
                          FacilityNames facilities) {
        this.triggers = triggers;
        this.cues = cues;
        this.titles = titles;
        this.coref = coref;
        this.verbs = verbs;
        this.places = places;
        this.kinds = kinds;
        this.events = new EventFinder(triggers, cues);
        this.roleFinder = new RoleFinder(titles, roleVerbs);
        this.facilities = facilities;
    }

    /**
     * Reads the lexicons; throws {@link org.newskg.NewsKgException} naming the file that is missing or malformed.
     * Without a {@link PlaceCountries}, references that need the dateline's country ("the visiting minister") are
     * left unresolved.
     */
    public static FactExtractor load(Path dataDir) {
        return load(dataDir, PlaceCountries.NONE);
    }

    /** Like {@link #load(Path)}, knowing the country of each place of the knowledge base. */
    public static FactExtractor load(Path dataDir, PlaceCountries places) {
        return new FactExtractor(TriggerLexicon.load(dataDir), EventCues.load(dataDir), TitleLexicon.load(dataDir),
                CorefLexicon.load(dataDir), ReportingVerbs.load(dataDir), places, PositionKinds.load(dataDir),
                RoleVerbs.load(dataDir), FacilityNames.load(dataDir));
    }

    /** The same mentions with the events, roles and statements found in the article. */
    public Extraction extract(Extraction recognized) {
        // "the Kenyan capital" names a city: a mention of its own, for events to be placed in
        // "the Chilean Embassy" is Chile's: the country gets a mention inside the facility's
        Extraction mentionsOnly = MissionCountries.added(CapitalReferences.added(facilities.widened(recognized), places), places, cues);
        ArticleView view = new ArticleView(mentionsOnly);
        List<RoleMention> roles = roleFinder.find(view);
        UnnamedHolders unnamed = new UnnamedHolders(view);
        Coreference resolver = new Coreference(view, roles, unnamed, places, kinds);
        SpeakerFinder speakers = new SpeakerFinder(titles, coref);
        Cancellation.checkpoint();
        List<Statement> statements = new StatementFinder(verbs, speakers).find(view, resolver);
        Cancellation.checkpoint();
        ParticipantFinder participants = new ParticipantFinder(view, resolver, statements, cues, titles, coref);
        // An event with neither a participant nor a date says nothing a reader can use ("Talks were also held
        // on the agreement"), and the SHACL shapes refuse it.
        List<Event> merged = EventMerger.merge(events.find(view, participants)).stream()
                .filter(e -> !e.participants().isEmpty() || e.date() != null)
                .toList();
        List<Event> found = merged.stream().map(e -> events.placedAtDateline(view, participants, e, merged)).toList();
        List<RoleMention> allRoles = new ArrayList<>(roles);
        allRoles.addAll(unnamed.roles());
        allRoles.addAll(CounterpartRoles.find(view, allRoles, found));
        // a day read from a relation ("a day after" the day named) is a time mention of its own
        List<TimeMention> times = new ArrayList<>(mentionsOnly.times());
        found.stream().map(Event::date).filter(d -> d != null && !times.contains(d)).distinct().forEach(times::add);
        Extraction withTimes = new Extraction(mentionsOnly.text(), mentionsOnly.entities(), times, mentionsOnly.events(),
                mentionsOnly.roles(), mentionsOnly.statements(), mentionsOnly.holders());
        return withTimes.withFacts(found, allRoles, statements).withHolders(unnamed.references());
    }

    /** The CAMEO label of a code used in the trigger lexicon ("041" → "discuss by telephone"). */
    public Optional<String> cameoLabel(String code) {
        return triggers.cameoLabel(code);
    }
}
