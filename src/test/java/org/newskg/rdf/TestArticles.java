package org.newskg.rdf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.link.Entity;
import org.newskg.link.Link;
import org.newskg.link.LinkedExtraction;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;

/**
 * Hand-built linked extractions for the rdf, store, query and export tests, so they need no NLP
 * models: sentences are split at sentence-final punctuation, mentions are found by their surface text.
 *
 * <pre>{@code
 * LinkedExtraction le = TestArticles.builder("a-1", text).title("T").mention("Berlin", city).build();
 * }</pre>
 */
public final class TestArticles {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\s][^.!?]*[.!?]+");

    private TestArticles() {
    }

    public static Entity linked(String qid, String label, EntityType type) {
        return new Entity(qid, label, type, qid);
    }

    public static Entity local(String key, String label, EntityType type) {
        return new Entity(key, label, type, null);
    }

    public static final Entity GERMANY = linked("Q183", "Germany", EntityType.COUNTRY);
    public static final Entity BRAZIL = linked("Q155", "Brazil", EntityType.COUNTRY);
    public static final Entity SCHOLZ = linked("Q61053", "Olaf Scholz", EntityType.PERSON);
    public static final Entity LULA = linked("Q37181", "Luiz Inácio Lula da Silva", EntityType.PERSON);
    public static final Entity BRASILIA = linked("Q2844", "Brasília", EntityType.CITY);
    public static final Entity KENYA = linked("Q114", "Kenya", EntityType.COUNTRY);
    public static final Entity NAIROBI = linked("Q3870", "Nairobi", EntityType.CITY);
    public static final Entity WANJIRU = local("person/grace-wanjiru", "Grace Wanjiru", EntityType.PERSON);
    public static final Entity COMMISSION = local("organization/independent-electoral-commission",
            "Independent Electoral Commission", EntityType.ORGANIZATION);
    public static final Entity JAPAN = linked("Q17", "Japan", EntityType.COUNTRY);
    // Left unlinked on purpose: local keys, and no QID that the shared KB has not verified.
    public static final Entity TOYOTA = local("organization/toyota-motor", "Toyota Motor", EntityType.ORGANIZATION);
    public static final Entity AICHI = local("region/aichi-prefecture", "Aichi Prefecture", EntityType.REGION);

    /** A Reuters-style story: a German chancellor visiting Brazil. */
    public static LinkedExtraction scholzInBrazil() {
        String text = """
                BRASILIA, Dec 4 (Reuters) - German Chancellor Olaf Scholz arrived in Brazil on Monday for talks \
                with President Luiz Inacio Lula da Silva on trade and climate. Scholz said Germany wanted the \
                trade deal signed in 2024. Lula told reporters in Brasilia that Brazil was ready.""";
        return builder("reuters-scholz-brazil", text)
                .title("Germany's Scholz visits Brazil to push trade deal").source("Reuters")
                .byline("By Anna Example").url("https://www.reuters.com/world/scholz-brazil-2023-12-04/")
                .published(new ArticleDate(LocalDate.of(2023, 12, 4), LocalTime.of(18, 5), ZoneOffset.UTC))
                .mention("Olaf Scholz", SCHOLZ, "kb:label", 0.95)
                .mention("Scholz said", "Scholz", SCHOLZ, "kb:alias", 0.8)
                .mention("German", GERMANY, "kb:demonym", 0.9)
                .mention("Germany", GERMANY, "kb:label", 0.95)
                .mention("Brazil", BRAZIL, "kb:label", 0.95)
                .mention("Luiz Inacio Lula da Silva", LULA, "kb:label", 0.9)
                .mention("Lula told", "Lula", LULA, "kb:alias", 0.8)
                .mention("in Brasilia", "Brasilia", BRASILIA, "kb:alias", 0.9)
                .mention("Brazil was", "Brazil", BRAZIL, "kb:label", 0.95)
                .time("Dec 4", TimexType.DATE, "2023-12-04")
                .time("Monday", TimexType.DATE, "2023-12-04")
                .time("2024", TimexType.DATE, "2024")
                .build();
    }

    /** An AP-style story about a Kenyan election, with entities that are not linked to Wikidata. */
    public static LinkedExtraction kenyanElection() {
        String text = """
                NAIROBI, Kenya (AP) — Kenyans queued for hours on Tuesday to vote in a tight election. \
                Grace Wanjiru, a spokeswoman for the Independent Electoral Commission, said results were \
                expected within a week. Wanjiru said turnout in Nairobi was high. Counting began in August 2022 \
                in some districts.""";
        return builder("ap-kenya-election", text)
                .title("Kenyans vote in tight presidential race").source("Associated Press")
                .published(ArticleDate.of(LocalDate.of(2022, 8, 9)))
                .mention("NAIROBI", NAIROBI, "kb:label", 0.9)
                .mention("Kenya (", "Kenya", KENYA, "kb:label", 0.95)
                .mention("Kenyans", KENYA, "kb:demonym", 0.85)
                .mention("Grace Wanjiru", WANJIRU, "pattern:person", 0.7)
                .mention("Independent Electoral Commission", COMMISSION, "pattern:org", 0.6)
                .mention("Wanjiru said", "Wanjiru", WANJIRU, "pattern:person", 0.6)
                .mention("in Nairobi", "Nairobi", NAIROBI, "kb:label", 0.9)
                .time("Tuesday", TimexType.DATE, "2022-08-09")
                .time("a week", TimexType.DURATION, "P1W")
                .time("August 2022", TimexType.DATE, "2022-08")
                .build();
    }

    /** A business story about a Japanese carmaker; the company and region are local entities, one mention is unlinked. */
    public static LinkedExtraction toyotaResults() {
        String text = """
                TOKYO — Toyota Motor said on Wednesday its operating profit rose 20% in the quarter, helped by \
                a weak yen and strong hybrid sales in Brazil. The Japanese carmaker, based in Aichi Prefecture, kept its \
                forecast for the year to March 2025. Analysts at a Tokyo brokerage said the 2023-W41 figures \
                were strong.""";
        Builder b = builder("toyota-q3", text)
                .title("Toyota profit rises on weak yen").source("Nikkei Example Wire")
                .published(ArticleDate.of(LocalDate.of(2024, 11, 6)))
                .updated(ArticleDate.of(LocalDate.of(2024, 11, 7)))
                .language("en-GB")
                .mention("Toyota Motor", TOYOTA, "kb:alias", 0.9)
                .mention("sales in Brazil", "Brazil", BRAZIL, "kb:label", 0.9)
                .mention("Japanese", JAPAN, "kb:demonym", 0.85)
                .mention("Aichi Prefecture", AICHI, "kb:label", 0.9)
                .time("Wednesday", TimexType.DATE, "2024-11-06")
                .time("March 2025", TimexType.DATE, "2025-03")
                .time("2023-W41", TimexType.DATE, "2023-W41");
        b.unlinked("TOKYO", EntityType.CITY, "Tokyo");
        return b.build();
    }

    public static List<LinkedExtraction> all() {
        return List.of(scholzInBrazil(), kenyanElection(), toyotaResults());
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** Builds one linked extraction; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String text;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<EntityMention> unlinked = new ArrayList<>();
        private final List<TimeMention> times = new ArrayList<>();
        private String title;
        private String source;
        private String byline;
        private String url;
        private String language;
        private ArticleDate published;
        private ArticleDate updated;

        Builder(String id, String text) {
            this.id = id;
            this.text = text;
            Matcher m = SENTENCE.matcher(text);
            while (m.find()) {
                sentences.add(new Sentence(sentences.size(), m.start(), m.end(), m.group(), List.of()));
            }
        }

        public Builder title(String t) { title = t; return this; }
        public Builder source(String s) { source = s; return this; }
        public Builder byline(String s) { byline = s; return this; }
        public Builder url(String s) { url = s; return this; }
        public Builder language(String s) { language = s; return this; }
        public Builder published(ArticleDate d) { published = d; return this; }
        public Builder updated(ArticleDate d) { updated = d; return this; }

        public Builder mention(String surface, Entity e, String rule, double confidence) {
            return mention(surface, surface, e, rule, confidence);
        }

        /** A mention of {@code surface} at its first occurrence inside the first occurrence of {@code context}. */
        public Builder mention(String context, String surface, Entity e, String rule, double confidence) {
            EntityMention m = entityMention(context, surface, e.type(), e.label(), e.qid(), rule, confidence);
            links.add(new Link(m, e, Math.min(1.0, confidence + 0.05)));
            return this;
        }

        public Builder unlinked(String surface, EntityType type, String name) {
            unlinked.add(entityMention(surface, surface, type, name, null, "pattern:caps", 0.5));
            return this;
        }

        public Builder time(String surface, TimexType type, String value) {
            int begin = find(surface, surface);
            times.add(new TimeMention(begin, begin + surface.length(), surface, sentenceOf(begin), type, value, "timex:test"));
            return this;
        }

        private EntityMention entityMention(String context, String surface, EntityType type, String name, String qid,
                                           String rule, double confidence) {
            int begin = find(context, surface);
            return new EntityMention(begin, begin + surface.length(), surface, sentenceOf(begin), type, name, qid,
                    rule, confidence);
        }

        private int find(String context, String surface) {
            int c = text.indexOf(context);
            int inner = context.indexOf(surface);
            if (c < 0 || inner < 0) {
                throw new IllegalArgumentException("'" + surface + "' in '" + context + "' not found in article " + id);
            }
            return c + inner;
        }

        private int sentenceOf(int offset) {
            return sentences.stream().filter(s -> s.contains(offset)).mapToInt(Sentence::index).findFirst().orElse(-1);
        }

        public Article article() {
            return new Article(id, url, title, source, byline, published, updated, language, text,
                    "/home/someone/news/" + id + ".txt");
        }

        public LinkedExtraction build() {
            Article a = article();
            List<EntityMention> all = new ArrayList<>(unlinked);
            links.forEach(l -> all.add(l.mention()));
            Extraction ex = new Extraction(new AnnotatedText(a, sentences), all, times);
            List<Link> sorted = new ArrayList<>(links);
            sorted.sort((x, y) -> Integer.compare(x.mention().begin(), y.mention().begin()));
            return new LinkedExtraction(ex, sorted);
        }
    }
}
