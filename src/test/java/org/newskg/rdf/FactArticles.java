package org.newskg.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeMention;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.link.LinkedExtraction;
import org.newskg.nlp.Sentence;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.SharedResources;

/**
 * Real articles run through the real pipeline (text, sentences, entity and time mentions, links), with
 * events, roles and statements built by hand on those mentions, since the fact extractor is another stage:
 * what the RDF writer and the queries are tested on. Loading takes the OpenNLP models: build once per class.
 *
 * <pre>{@code
 * FactArticles fa = FactArticles.load();
 * LinkedExtraction xinhua = fa.xinhua();
 * }</pre>
 */
public final class FactArticles {

    public static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    public static final Path DATA = HOME.resolve("data");

    private final ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(DATA));
    private final Pipeline pipeline;

    private FactArticles(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static FactArticles load() {
        return new FactArticles(SharedResources.shipped().newPipeline());
    }

    /** The linked mentions of a file, no facts. */
    public LinkedExtraction mentions(Path file) {
        Article a = loader.load(InputFile.of(file), null).articles().get(0);
        return pipeline.process(a);
    }

    /** The sample: Xi and Putin's phone call, their talks in October 2023, the SCO summit, BRICS, the anniversary. */
    public LinkedExtraction xinhua() {
        Facts f = new Facts(mentions(DATA.resolve("articles/xinhua-2024-02-08-xi-putin-call.txt")));
        EntityMention xi = f.mention("Xi", 1);
        EntityMention putin = f.mention("Vladimir Putin", 2);
        f.event(new Event("PhoneCall", "phone conversation",
                List.of(f.evidence("his phone conversation with", "phone conversation"), f.evidence("In the phone call", "phone call")),
                List.of(f.participant(xi, "subject"), f.participant(putin, "with-object")),
                f.time("Thursday"), null, null, "041", "concluded", "trigger:phone conversation", 0.9));
        f.event(new Event("Meeting", "talks",
                List.of(f.evidence("holds talks with", "holds talks")),
                List.of(f.participant(f.mention("Xi Jinping", 1), "subject"), f.participant(f.mention("Vladimir Putin", 1), "with-object")),
                f.time("Oct 18, 2023"), f.mention("Great Hall of the People", 1), null, "040", null, "trigger:hold talks", 0.85));
        f.event(new Event("Anniversary", "75th anniversary of the establishment of diplomatic relations",
                List.of(f.evidence("marks the 75th anniversary", "75th anniversary")),
                List.of(f.participant(f.mention("China", 6), "participant"), f.participant(f.mention("Russia", 5), "participant")),
                f.time("this year", 1), null, null, null, null, "trigger:anniversary", 0.8));
        f.event(new Event("Summit", "Shanghai Cooperation Organization summit",
                List.of(f.evidence("Organization summit", "summit")),
                List.of(f.participant(f.mention("Kazakhstan", 1), "host"),
                        f.participant(f.mention("Shanghai Cooperation Organization", 1), "participant")),
                f.time("this year", 2), null, f.mention("Kazakhstan", 1), null, "planned", "trigger:summit", 0.8));
        f.event(new Event("Presidency", "rotating BRICS presidency",
                List.of(f.evidence("rotating BRICS presidency", "presidency")),
                List.of(f.participant(f.mention("Russia", 9), "holder"), f.participant(f.mention("BRICS", 1), "participant")),
                f.time("this year", 3), null, null, null, "ongoing", "trigger:presidency", 0.75));
        f.role(new RoleMention(xi(f), "President", f.mention("Chinese", 1), f.evidence("Chinese President Xi", "President"),
                "title:demonym-title-name"));
        f.role(new RoleMention(f.mention("Vladimir Putin", 1), "President", f.mention("Russian", 1),
                f.evidence("Russian President Vladimir", "President"), "title:demonym-title-name"));
        f.statement(f.mention("Xi Jinping", 2), "China and Russia withstood many tests together in the past, and their relations"
                + " embrace new development opportunities in the future", f.evidence("future, said Chinese", "said"), "say",
                "indirect", f.time("Thursday"), List.of(f.mention("China", 2), f.mention("Russia", 1)));
        f.statement(f.mention("Putin", 1), "the dragon symbolizes wisdom and strength in the Chinese culture",
                f.evidence("Putin said that the dragon", "said"), "say", "indirect", null, List.of(f.mention("Chinese", 5)));
        return f.build();
    }

    private static EntityMention xi(Facts f) {
        return f.mention("Xi Jinping", 1);
    }

    /** A Reuters story: Scholz and Lula's talks and an energy agreement; Lula is President of Brazil. */
    public LinkedExtraction reuters() {
        Facts f = new Facts(mentions(DATA.resolve("articles/reuters-2024-03-03-scholz-brazil-energy.txt")));
        EntityMention scholz = f.mention("Olaf Scholz", 2);
        EntityMention lula = f.mention("Luiz Inacio Lula da Silva", 2);
        f.event(new Event("Meeting", "talks", List.of(f.evidence("after talks between", "talks")),
                List.of(f.participant(scholz, "participant"), f.participant(lula, "participant")),
                null, f.mention("Planalto Palace", 2), null, "040", "concluded", "trigger:talks between", 0.8));
        f.role(new RoleMention(f.mention("Luiz Inacio Lula da Silva", 1), "President", f.mention("Brazilian", 1),
                f.evidence("Brazilian President Luiz", "President"), "title:demonym-title-name"));
        f.role(new RoleMention(f.mention("Olaf Scholz", 1), "Chancellor", f.mention("German", 1),
                f.evidence("German Chancellor Olaf", "Chancellor"), "title:demonym-title-name"));
        return f.build();
    }

    /** Written for these tests: India hosts South Africa; a visit, talks, an agreement, a call with Brazil, two summits. */
    public LinkedExtraction modiRamaphosa() {
        Facts f = new Facts(mentions(HOME.resolve("src/test/resources/articles/pti-2024-03-12-modi-ramaphosa.txt")));
        EntityMention modi = f.mention("Narendra Modi", 1);
        EntityMention ramaphosa = f.mention("Cyril Ramaphosa", 1);
        EntityMention modi2 = f.mention("Modi", 1);
        EntityMention ramaphosa2 = f.mention("Ramaphosa", 1);
        EntityMention lula = f.mention("Luiz Inacio Lula da Silva", 1);
        f.event(new Event("Visit", "visit", List.of(f.evidence("Modi hosted South", "hosted")),
                List.of(f.participant(modi, "host"), f.participant(ramaphosa, "visitor")),
                f.time("Tuesday"), f.mention("New Delhi", 1), modi, "043", "concluded", "trigger:host", 0.85));
        f.event(new Event("Meeting", "meeting", List.of(f.evidence("Ramaphosa met at", "met")),
                List.of(f.participant(modi2, "subject"), f.participant(ramaphosa2, "subject")),
                null, f.mention("Hyderabad House", 1), null, "040", "concluded", "trigger:meet", 0.8));
        f.event(new Event("Agreement", "agreement on critical minerals", List.of(f.evidence("signed an agreement", "signed")),
                List.of(f.participant(modi2, "subject"), f.participant(ramaphosa2, "subject")),
                null, null, null, "057", "concluded", "trigger:sign", 0.8));
        f.event(new Event("PhoneCall", "phone call", List.of(f.evidence("spoke by phone", "spoke by phone")),
                List.of(f.participant(modi2, "coref:group"), f.participant(ramaphosa2, "coref:group"),
                        f.participant(lula, "with-object")),
                f.time("March 5, 2024"), null, null, "041", "concluded", "trigger:speak by phone", 0.75));
        f.event(new Event("Summit", "G20 summit", List.of(f.evidence("G20 summit", "summit")),
                List.of(f.participant(f.mention("G20", 1), "participant"), f.participant(f.mention("Ramaphosa", 3), "host")),
                f.time("2025"), f.mention("Johannesburg", 1), f.mention("Ramaphosa", 3), null, "planned", "trigger:host", 0.7));
        f.event(new Event("Summit", "business forum", List.of(f.evidence("business forum", "forum")),
                List.of(f.participant(f.mention("India", 1), "participant"), f.participant(f.mention("South Africa", 2), "participant")),
                f.time("November 2024"), f.mention("Cape Town", 1), null, null, "planned", "trigger:forum", 0.7));
        f.role(new RoleMention(modi, "Prime Minister", f.mention("Indian", 1), f.evidence("Indian Prime Minister", "Prime Minister"),
                "title:demonym-title-name"));
        f.role(new RoleMention(ramaphosa, "President", f.mention("South African", 1), f.evidence("African President Cyril", "President"),
                "title:demonym-title-name"));
        f.role(new RoleMention(lula, "President", f.mention("Brazilian", 1), f.evidence("Brazilian President", "President"),
                "title:demonym-title-name"));
        f.statement(f.mention("Ramaphosa", 2), "South Africa wants Indian companies to invest in its ports and railways",
                f.evidence("Ramaphosa said that South", "said"), "say", "indirect", null,
                List.of(f.mention("South Africa", 1), f.mention("Indian", 2)));
        f.statement(f.mention("Modi", 2), "Ramaphosa will host the G20 summit in Johannesburg in 2025",
                f.evidence("2025, Modi said", "said"), "say", "indirect", f.time("Tuesday"),
                List.of(f.mention("Ramaphosa", 3), f.mention("G20", 1), f.mention("Johannesburg", 1)));
        return f.build();
    }

    /** Facts on the mentions of one article, found by their words; not thread-safe. */
    static final class Facts {
        private final LinkedExtraction le;
        private final String text;
        private final List<Event> events = new ArrayList<>();
        private final List<RoleMention> roles = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();

        Facts(LinkedExtraction le) {
            this.le = le;
            this.text = le.extraction().text().text();
        }

        /** The nth (from 1) entity mention whose text is exactly {@code surface}. */
        EntityMention mention(String surface, int nth) {
            List<EntityMention> ms = le.extraction().entities().stream().filter(m -> m.text().equals(surface)).toList();
            if (ms.size() < nth) {
                throw new IllegalStateException("mention '" + surface + "' #" + nth + " not found; the pipeline found " + ms.size());
            }
            return ms.get(nth - 1);
        }

        TimeMention time(String surface) {
            return time(surface, 1);
        }

        TimeMention time(String surface, int nth) {
            List<TimeMention> ts = le.extraction().times().stream().filter(t -> t.text().equals(surface)).toList();
            if (ts.size() < nth) {
                throw new IllegalStateException("time '" + surface + "' #" + nth + " not found; the pipeline found " + ts.size());
            }
            return ts.get(nth - 1);
        }

        /** The words at their first occurrence inside the first occurrence of {@code context}. */
        Evidence evidence(String context, String words) {
            int c = text.indexOf(context);
            int inner = context.indexOf(words);
            if (c < 0 || inner < 0) {
                throw new IllegalStateException("'" + words + "' in '" + context + "' not found");
            }
            int begin = c + inner;
            Sentence s = le.extraction().text().sentenceAt(begin).orElseThrow();
            return new Evidence(s.index(), begin, begin + words.length());
        }

        Participant participant(EntityMention m, String role) {
            return new Participant(m, role, "test");
        }

        void event(Event e) {
            events.add(e);
        }

        void role(RoleMention r) {
            roles.add(r);
        }

        void statement(EntityMention speaker, String content, Evidence cue, String verb, String kind, TimeMention date,
                       List<EntityMention> about) {
            int begin = text.indexOf(content);
            if (begin < 0) {
                throw new IllegalStateException("statement '" + content + "' not found");
            }
            statements.add(new Statement(speaker, begin, begin + content.length(), content, cue, verb, kind, date, about,
                    "speech:" + verb, 0.8));
        }

        LinkedExtraction build() {
            return new LinkedExtraction(le.extraction().withFacts(events, roles, statements), le.links());
        }
    }
}
