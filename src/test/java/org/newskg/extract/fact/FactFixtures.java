package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Resources;
import org.newskg.pipeline.SharedResources;

/** Runs articles through the real pipeline (OpenNLP models, knowledge base, lexicons) for the fact tests. */
final class FactFixtures {

    static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    static final Path DATA = HOME.resolve("data");
    static final Path ARTICLES = DATA.resolve("articles");
    static final Path OWN = HOME.resolve("src/test/resources/org/newskg/extract/fact");

    private FactFixtures() {
    }

    /** Loaded once for all fact tests: the models take seconds to read. */
    private static final class Shared {
        static final Resources RESOURCES = SharedResources.shipped();
        static final ArticleLoader LOADER = new ArticleLoader(LoaderOptions.defaults(DATA));
    }

    /** Every article of one file (a JSON Lines file holds several), with its facts. */
    static List<Extraction> extract(Path file) {
        LoadResult r = Shared.LOADER.load(InputFile.of(file), null);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Pipeline p = Shared.RESOURCES.newPipeline();
        return r.articles().stream().map(a -> p.process(a).extraction()).toList();
    }

    static Extraction extractOne(Path file) {
        List<Extraction> all = extract(file);
        assertEquals(1, all.size(), file.toString());
        return all.get(0);
    }

    /** "title of owner" ("-" when the text names no owner) for each role of the person, sorted. */
    static List<String> roles(Extraction x, String person) {
        return x.roles().stream().filter(r -> r.person().name().equals(person))
                .map(r -> r.title() + " of " + (r.of() == null ? "-" : r.of().name())).sorted().toList();
    }

    static Extraction byTitleWord(List<Extraction> all, String word) {
        return all.stream().filter(x -> Objects.toString(x.text().article().title(), "").contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled with '" + word + "'"));
    }

    static List<Event> events(Extraction x, String type) {
        return x.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The one event of this type whose label holds {@code word}; fails showing every event otherwise. */
    static Event sole(Extraction x, String type, String word) {
        List<Event> found = events(x, type).stream().filter(e -> e.label().contains(word)).toList();
        assertEquals(1, found.size(), type + " '" + word + "' in\n" + describe(x));
        return found.get(0);
    }

    /** The first event of this type that {@code p} accepts; fails showing every event otherwise. */
    static Event find(Extraction x, String type, java.util.function.Predicate<Event> p) {
        return events(x, type).stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no such " + type + " in\n" + describe(x)));
    }

    /** Events one of whose participants is {@code name} (without diacritics). */
    static java.util.function.Predicate<Event> with(String name) {
        return e -> plainNames(e).contains(name);
    }

    static String place(Event e) {
        return e.place() == null ? null : e.place().name();
    }

    static List<String> names(Event e) {
        return e.participants().stream().map(p -> p.mention().name()).sorted().toList();
    }

    static List<String> names(Event e, String role) {
        return e.participants().stream().filter(p -> p.role().equals(role)).map(p -> p.mention().name()).sorted().toList();
    }

    /**
     * The participants' names without diacritics ("Vaclav Havel" for the knowledge base's "Václav Havel"): tests of
     * event structure should not break when the knowledge base spells a name the way its country does.
     */
    static List<String> plainNames(Event e) {
        return names(e).stream().map(FactFixtures::plain).sorted().toList();
    }

    static List<String> plainNames(Event e, String role) {
        return names(e, role).stream().map(FactFixtures::plain).sorted().toList();
    }

    static String plain(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static String date(Event e) {
        return e.date() == null ? null : e.date().value();
    }

    static List<Statement> by(Extraction x, String speaker) {
        return x.statements().stream().filter(s -> s.speaker().name().equals(speaker)).toList();
    }

    /** What the speaker is reported to say, sorted. */
    static List<String> texts(Extraction x, String speaker) {
        return by(x, speaker).stream().map(Statement::text).sorted().toList();
    }

    static String speakers(Extraction x) {
        return x.statements().stream().map(s -> s.speaker().name() + ": " + s.text()).collect(Collectors.joining("\n"));
    }

    static String describe(Extraction x) {
        return x.events().stream().map(e -> e.type() + " '" + e.label() + "' " + date(e) + " "
                + e.participants().stream().map(Participant::mention).map(m -> m.name()).toList())
                .collect(Collectors.joining("\n"));
    }

    static Article article(Extraction x) {
        return x.text().article();
    }
}
