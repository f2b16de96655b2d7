package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.HolderReference;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoadResult;
import org.newskg.kb.KnowledgeBase;
import org.newskg.link.Entity;
import org.newskg.link.Link;
import org.newskg.link.LinkedExtraction;
import org.newskg.nlp.Sentence;
import org.newskg.pipeline.Pipeline;

/**
 * Reads a gold story as {@code kg ingest} would (the same loader and the whole pipeline, no store) and
 * reduces its events to {@link FoundEvent}s: each participant and place named by its mention text, canonical
 * name, linked entity label, the knowledge base's aliases of that entity and its QID, so the gold may use any of them
 * (a gold "China" is the entity the knowledge base labels "People's Republic of China").
 *
 * <pre>{@code
 * EventRunner runner = new EventRunner(new ArticleLoader(LoaderOptions.defaults(dataDir)), resources.newPipeline(),
 *         resources.knowledgeBase());
 * StoryRun run = runner.run(Path.of("dev/afp-2005-11-16-a.txt"));
 * }</pre>
 * Not thread-safe (it owns a pipeline).
 */
public final class EventRunner {

    private final ArticleLoader loader;
    private final Pipeline pipeline;
    private final KnowledgeBase kb;

    public EventRunner(ArticleLoader loader, Pipeline pipeline, KnowledgeBase kb) {
        this.loader = loader;
        this.pipeline = pipeline;
        this.kb = kb;
    }

    public StoryRun run(Path story) {
        LoadResult r = loader.load(InputFile.of(story), null);
        if (!r.problems().isEmpty() || r.articles().size() != 1) {
            throw new NewsKgException(story + ": not one readable article"
                    + (r.problems().isEmpty() ? "" : ": " + r.problems().get(0).message()));
        }
        LinkedExtraction le = pipeline.process(r.articles().get(0));
        Map<EntityMention, Entity> entities = new HashMap<>();
        for (Link l : le.links()) {
            entities.put(l.mention(), l.entity());
        }
        List<FoundEvent> found = new ArrayList<>();
        for (Event e : le.extraction().events()) {
            // Office words the KB could not resolve ("his Ruritanian counterpart") name nobody: no actor.
            List<FoundEvent.Actor> actors = e.participants().stream()
                    .filter(p -> !HolderReference.isHolderMention(p.mention()) || entities.containsKey(p.mention()))
                    .map((Participant p) -> new FoundEvent.Actor(names(p.mention(), entities), p.role())).toList();
            found.add(new FoundEvent(e.type(), e.cameo(), e.evidence(), actors,
                    e.place() == null ? List.of() : names(e.place(), entities),
                    e.date() == null ? null : e.date().value(), e.status(), e.label()));
        }
        List<Integer> begins = le.extraction().text().sentences().stream().map(Sentence::begin).toList();
        return new StoryRun(story, le.extraction().text().text(), begins, found);
    }

    private List<String> names(EntityMention m, Map<EntityMention, Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        names.add(m.name());
        names.add(m.text());
        if (m.kbQid() != null) {
            names.add(m.kbQid());
        }
        Entity e = entities.get(m);
        if (e != null) {
            names.add(e.label());
            if (e.qid() != null) {
                names.add(e.qid());
                kb.byQid(e.qid()).ifPresent(k -> names.addAll(k.aliases()));
            }
        }
        return List.copyOf(names);
    }
}
