package org.newskg.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeMention;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.link.Entity;
import org.newskg.link.Link;
import org.newskg.link.LinkedExtraction;
import org.newskg.nlp.Sentence;
import org.newskg.prov.DataDigest;

/**
 * Turns one linked extraction into the quads of its article's named graph.
 *
 * <pre>{@code
 * ArticleGraphWriter w = ArticleGraphWriter.load(dataDir);   // with the CAMEO labels of data/cameo/
 * w.write(linkedExtraction, sink);   // prefixes, then quads in graph Iris.graph(articleId)
 * }</pre>
 * The output is a function of the input only (no clock, no file path, no hash order): article, its
 * sentences, entity mentions and time mentions in text order, then the entities sorted by key, then the
 * events, roles and statements in text order (written by {@link EventWriter}, {@link RoleWriter} and
 * {@link StatementWriter}); each triple is sent once. Each article graph describes the entities and
 * positions it mentions, so it is self-contained and can be replaced alone.
 * {@link #write} sends {@code prefix} and {@code quad} events only: the caller owns
 * {@code start()}/{@code finish()}, so one sink can take many articles. Immutable and thread-safe.
 */
public final class ArticleGraphWriter {

    private final String softwareVersion;
    private final String dataDigest;
    private final EventWriter events;
    private final RoleWriter roles = new RoleWriter();
    private final StatementWriter statements = new StatementWriter();

    /**
     * A writer that records the newskg version from the jar manifest ("dev" when run from classes) and
     * writes CAMEO codes without labels.
     */
    public ArticleGraphWriter() {
        this(defaultVersion());
    }

    /** A writer that records the given newskg version in each article's ingest activity; no CAMEO labels. */
    public ArticleGraphWriter(String softwareVersion) {
        this(softwareVersion, CameoCodes.none(), null);
    }

    /**
     * A writer that records the newskg version and the data directory's digest ({@code sha256:...}, or
     * null to leave it out) in each article's ingest activity, and labels CAMEO codes from {@code cameo}.
     */
    public ArticleGraphWriter(String softwareVersion, CameoCodes cameo, String dataDigest) {
        this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
        this.events = new EventWriter(cameo);
        this.dataDigest = dataDigest;
    }

    /**
     * The writer ingest uses: the manifest version, the digest of {@code dataDir}'s knowledge files, CAMEO
     * labels from {@code dataDir/cameo/cameo-codes.tsv}.
     */
    public static ArticleGraphWriter load(Path dataDir) {
        return new ArticleGraphWriter(defaultVersion(), CameoCodes.load(dataDir), DataDigest.of(dataDir));
    }

    /** The newskg version from the jar manifest, "dev" when run from classes. */
    public static String version() {
        return defaultVersion();
    }

    private static String defaultVersion() {
        String v = ArticleGraphWriter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** One article's graph, in memory (the triples of its quads), as ingest validates it before storing. */
    public Graph toGraph(LinkedExtraction le) {
        Graph g = GraphFactory.createDefaultGraph();
        write(le, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }
        });
        return g;
    }

    /** Sends the prefixes and quads of one article's graph to {@code sink}. */
    public void write(LinkedExtraction le, StreamRDF sink) {
        Article article = le.extraction().text().article();
        String id = article.id();
        Emitter out = new Emitter(sink, Iris.graph(id));
        Extraction ex = le.extraction();
        NKG.prefixes().forEach(sink::prefix);

        Node a = Iris.article(id);
        writeArticle(article, a, out);
        Set<Integer> sentenceIndexes = new HashSet<>();
        for (Sentence s : le.extraction().text().sentences()) {
            sentenceIndexes.add(s.index());
            writeSentence(article, a, s, out);
        }
        Map<String, Entity> entities = new TreeMap<>();
        for (Pair p : mentionsInOrder(le)) {
            writeMention(article, a, p, sentenceIndexes, out);
            if (p.link != null) {
                entities.putIfAbsent(p.link.entity().key(), p.link.entity());
            }
        }
        for (TimeMention t : timesInOrder(ex)) {
            writeTime(article, a, t, sentenceIndexes, out);
        }
        for (Entity e : entities.values()) {
            Node en = Iris.entity(e);
            out.add(a, NKG.mentionsEntity, en);
            writeEntity(e, en, out);
        }
        // Owners the KB gave titles the text left without one are described too (not mentioned): each graph stands alone.
        Map<String, Entity> owners = new TreeMap<>();
        le.roleOwners().values().forEach(e -> owners.putIfAbsent(e.key(), e));
        owners.keySet().removeAll(entities.keySet());
        for (Entity e : owners.values()) {
            writeEntity(e, Iris.entity(e), out);
        }
        ArticleScope scope = new ArticleScope(article, sentenceIndexes, le.links(), out);
        for (Event e : ex.events()) {
            events.write(e, scope);
        }
        for (RoleMention r : ex.roles()) {
            roles.write(r, le.officeChecks().get(r), le.roleOwners().get(r), scope);
        }
        for (Statement s : ex.statements()) {
            statements.write(s, scope);
        }
    }

    /** The time mentions, and the dates of facts in case an extractor made one that is not among them. */
    private static List<TimeMention> timesInOrder(Extraction ex) {
        Set<TimeMention> times = new TreeSet<>(Comparator.comparingInt(TimeMention::begin)
                .thenComparingInt(TimeMention::end));
        times.addAll(ex.times());
        ex.events().stream().map(Event::date).filter(Objects::nonNull).forEach(times::add);
        ex.statements().stream().map(Statement::date).filter(Objects::nonNull).forEach(times::add);
        return new ArrayList<>(times);
    }

    private void writeArticle(Article article, Node a, Emitter out) {
        out.add(a, RDF.type.asNode(), NKG.Article);
        if (article.title() != null) {
            out.add(a, NKG.headline, NodeFactory.createLiteralLang(article.title(), article.language()));
        }
        if (article.source() != null) {
            out.add(a, NKG.source, string(article.source()));
        }
        if (article.byline() != null) {
            out.add(a, NKG.byline, string(article.byline()));
        }
        if (article.published() != null) {
            out.add(a, NKG.datePublished, date(article.published()));
        }
        if (article.updated() != null) {
            out.add(a, NKG.dateModified, date(article.updated()));
        }
        if (article.url() != null) {
            out.add(a, NKG.url, NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI));
        }
        out.add(a, NKG.language, NodeFactory.createLiteralDT(article.language(), XSDDatatype.XSDlanguage));
        out.add(a, NKG.articleText, string(article.text()));
        Node activity = Iris.ingest(article.id());
        out.add(a, NKG.provWasGeneratedBy, activity);
        out.add(activity, RDF.type.asNode(), NKG.IngestActivity);
        out.add(activity, NKG.softwareVersion, string(softwareVersion));
        if (dataDigest != null) {
            out.add(activity, NKG.dataDigest, string(dataDigest));
        }
    }

    private void writeSentence(Article article, Node a, Sentence s, Emitter out) {
        checkSpan(article, s.begin(), s.end(), s.text(), "sentence #" + s.index());
        Node sn = Iris.sentence(article.id(), s.index());
        out.add(a, NKG.hasSentence, sn);
        out.add(sn, RDF.type.asNode(), NKG.Sentence);
        out.add(sn, NKG.inArticle, a);
        out.add(sn, NKG.sentenceIndex, offset(s.index()));
        out.add(sn, NKG.beginIndex, offset(s.begin()));
        out.add(sn, NKG.endIndex, offset(s.end()));
        out.add(sn, NKG.anchorOf, string(s.text()));
    }

    private void writeMention(Article article, Node a, Pair p, Set<Integer> sentences, Emitter out) {
        EntityMention m = p.mention;
        checkSpan(article, m.begin(), m.end(), m.text(), "mention");
        Node mn = Iris.mention(article.id(), m.begin(), m.end());
        out.add(mn, RDF.type.asNode(), NKG.EntityMention);
        out.add(mn, NKG.inArticle, a);
        if (sentences.contains(m.sentence())) {
            out.add(mn, NKG.inSentence, Iris.sentence(article.id(), m.sentence()));
        }
        out.add(mn, NKG.beginIndex, offset(m.begin()));
        out.add(mn, NKG.endIndex, offset(m.end()));
        out.add(mn, NKG.anchorOf, string(m.text()));
        out.add(mn, NKG.mentionRule, string(m.rule()));
        out.add(mn, NKG.confidence, real(m.confidence()));
        if (p.link != null) {
            out.add(mn, NKG.refersTo, Iris.entity(p.link.entity()));
            out.add(mn, NKG.linkConfidence, real(p.link.confidence()));
        }
    }

    private void writeTime(Article article, Node a, TimeMention t, Set<Integer> sentences, Emitter out) {
        checkSpan(article, t.begin(), t.end(), t.text(), "time mention");
        Node tn = Iris.time(article.id(), t.begin(), t.end());
        out.add(tn, RDF.type.asNode(), NKG.TemporalExpression);
        out.add(tn, NKG.inArticle, a);
        if (sentences.contains(t.sentence())) {
            out.add(tn, NKG.inSentence, Iris.sentence(article.id(), t.sentence()));
        }
        out.add(tn, NKG.beginIndex, offset(t.begin()));
        out.add(tn, NKG.endIndex, offset(t.end()));
        out.add(tn, NKG.anchorOf, string(t.text()));
        out.add(tn, NKG.mentionRule, string(t.rule()));
        out.add(tn, NKG.timexType, string(t.type().name()));
        out.add(tn, NKG.timexValue, string(t.value()));
        Node normalized = normalizedDate(t.value());
        if (normalized != null) {
            out.add(tn, NKG.normalizedDate, normalized);
        }
    }

    private static void writeEntity(Entity e, Node en, Emitter out) {
        out.add(en, RDF.type.asNode(), NKG.classOf(e.type()));
        if (e.historical() && e.type() == EntityType.COUNTRY) {
            out.add(en, RDF.type.asNode(), NKG.HistoricalCountry);
            if (e.existed() != null && e.existed().from() != null) {
                out.add(en, NKG.foundingDate, Literals.day(e.existed().from()));
            }
            if (e.existed() != null && e.existed().until() != null) {
                out.add(en, NKG.dissolutionDate, Literals.day(e.existed().until()));
            }
        }
        if (e.subclass() != null) {
            out.add(en, RDF.type.asNode(), NKG.classOf(e.subclass()));
        }
        out.add(en, RDFS.label.asNode(), string(e.label()));
        if (e.isLinked()) {
            out.add(en, OWL.sameAs.asNode(), Iris.wikidata(e.qid()));
            out.add(en, NKG.wikidataId, string(e.qid()));
        }
    }

    /** See {@link Literals#plainDate}. */
    static Node normalizedDate(String value) {
        return Literals.plainDate(value);
    }

    private static List<Pair> mentionsInOrder(LinkedExtraction le) {
        List<Pair> pairs = new ArrayList<>();
        Set<EntityMention> linked = new HashSet<>();
        for (Link l : le.links()) {
            pairs.add(new Pair(l.mention(), l));
            linked.add(l.mention());
        }
        for (EntityMention m : le.extraction().entities()) {
            if (!linked.contains(m)) {
                pairs.add(new Pair(m, null));
            }
        }
        // A stable sort of a list built in a fixed order: ties keep their input order.
        pairs.sort(Comparator.comparingInt((Pair p) -> p.mention.begin()).thenComparingInt(p -> p.mention.end()));
        return pairs;
    }

    private static void checkSpan(Article article, int begin, int end, String text, String what) {
        String body = article.text();
        if (end > body.length() || !body.substring(begin, end).equals(text)) {
            throw new NewsKgException(what + " '" + text + "' [" + begin + ", " + end + ") does not match the text of article "
                    + article.id() + " (length " + body.length() + ")");
        }
    }

    private static Node string(String s) {
        return Literals.string(s);
    }

    private static Node offset(int n) {
        return Literals.offset(n);
    }

    private static Node real(double d) {
        return Literals.real(d);
    }

    private static Node date(ArticleDate d) {
        return Literals.dateTime(d);
    }

    private record Pair(EntityMention mention, Link link) {
    }
}
