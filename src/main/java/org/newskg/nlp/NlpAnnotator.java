package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newskg.Cancellation;
import org.newskg.ingest.Article;

/**
 * Splits an article into sentences and tokens and tags them with UD parts of speech and lemmas, Penn
 * Treebank tags and chunks (noun, verb and prepositional phrases: what event arguments are read from); the last
 * two are computed for a sentence when one of its tokens is first asked for them ({@link PennLayer}).
 *
 * <pre>{@code
 * AnnotatedText at = models.newAnnotator().annotate(article);
 * }</pre>
 * Lines are split first: news paragraphs often end without a full stop ("..., Xi said"), and the
 * statistical detector would otherwise join them with the next paragraph. Not thread-safe (the
 * OpenNLP *ME tools are stateful): one annotator per thread.
 */
public final class NlpAnnotator {

    private static final Pattern LINE = Pattern.compile("[^\\n\\r]+");
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile("\\b\\p{Lu}\\p{Ll}{1,3}\\.\\s*$");
    // Abbreviations written only before a name ("St. Petersburg", "Gen. Doe"): a sentence never ends with one.
    private static final Pattern NAME_PREFIX_AT_END = Pattern.compile(
            "(?:^|[\\s(\"'])(?:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Messrs|Gen|Lt|Col|Capt|Cmdr|Adm|Sgt|Maj|Sen|Rep|Gov|Prof|Rev|Brig)\\.\\s*$"
            // ... and a middle initial after a given name ("Jane Q. | Doe")
            + "|\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\.\\s*$");
    // An initialism ("U.S.", "U.N.") more often qualifies the capitalized word after it ("U.S. President", "U.N.
    // Security Council") than it ends a sentence; it ends one when a word that opens sentences follows ("in the U.S. |
    // The ...").
    private static final Pattern INITIALISM_AT_END = Pattern.compile("(?:^|[\\s(\"'])(?:\\p{Lu}\\.){2,}\\s*$");
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "There", "Here",
            "In", "On", "At", "For", "From", "With", "By", "To", "Of", "As", "After", "Before", "Since", "During",
            "But", "And", "Or", "So", "Yet", "If", "When", "While", "Although", "Though", "Because", "What", "Who",
            "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "No", "Not", "Both", "Each", "Such",
            "Meanwhile", "However", "Also", "Still", "Then", "Now", "Earlier", "Later", "Last", "Next");

    private final SentenceDetectorME sentences;
    private final CachingTokenizer tokenizer;
    // Taggers, lemmatizer and chunker decide as OpenNLP's *ME tools do, with a cheaper beam search (BeamDecoder).
    private final PosTagger tagger;
    private final SequenceTagger<String> lemmatizer;
    // Penn tags and chunks are computed per sentence when first read (PennLayer).
    private final PennChunker pennChunker;

    NlpAnnotator(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, POSModel penn, ChunkerModel c) {
        this.sentences = new SentenceDetectorME(s);
        this.tokenizer = new CachingTokenizer(new TokenizerME(t));
        this.tagger = new PosTagger(p, POSTagFormat.UD);
        this.lemmatizer = SequenceTagger.lemmas(l);
        this.pennChunker = new PennChunker(penn, c);
    }

    public AnnotatedText annotate(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        Map<String, String> lemmaCache = new HashMap<>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String lineText = line.group();
            if (lineText.isBlank()) {
                continue;
            }
            for (Span span : joinLowerCaseStarts(lineText, sentences.sentPosDetect(lineText))) {
                Cancellation.checkpoint();
                int begin = line.start() + span.getStart();
                int end = line.start() + span.getEnd();
                // Trim so that a sentence never starts or ends in white space.
                while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (begin < end) {
                    out.add(sentence(text, out.size(), begin, end, lemmaCache));
                }
            }
        }
        return new AnnotatedText(article, out);
    }

    /**
     * The detector ends sentences at abbreviations ("Toyota Motor Corp. | said on Tuesday", "BONN, Feb. | 13 (AP) -");
     * a sentence cannot start with a lower-case letter, nor with a number right after an abbreviated word, nor
     * right after an abbreviation written only before names ("in St. | Petersburg"), so such a piece is joined to
     * the one before it.
     */
    static List<Span> joinLowerCaseStarts(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int first = s.getStart();
            while (first < s.getEnd() && Character.isWhitespace(line.charAt(first))) {
                first++;
            }
            String before = out.isEmpty() ? "" : line.substring(out.get(out.size() - 1).getStart(), first);
            boolean afterAbbreviation = !out.isEmpty() && first < s.getEnd() && Character.isDigit(line.charAt(first))
                    && ABBREVIATION_AT_END.matcher(before).find();
            boolean afterNamePrefix = !out.isEmpty() && NAME_PREFIX_AT_END.matcher(before).find();
            // "TASHKENT, U.S.S.R. | (AP) -": the agency in brackets after a dateline's initialism opens no sentence
            boolean afterInitialism = !out.isEmpty() && INITIALISM_AT_END.matcher(before).find()
                    && (Character.isUpperCase(line.charAt(first)) && !SENTENCE_OPENERS.contains(firstWord(line, first))
                    || line.charAt(first) == '(');
            if (!out.isEmpty() && first < s.getEnd()
                    && (Character.isLowerCase(line.charAt(first)) || afterAbbreviation || afterNamePrefix || afterInitialism)) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String firstWord(String line, int from) {
        int end = from;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        return line.substring(from, end);
    }

    /**
     * Annotates text that is already split into sentences and tokens (gold data such as CoNLL files):
     * the given tokens are kept, only tags and lemmas are computed. The article's text must hold the
     * tokens in order, separated by white space only.
     *
     * @throws IllegalArgumentException when a token is not where the text says it is
     */
    public AnnotatedText annotateTokens(Article article, List<String[]> sentenceTokens) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        Map<String, String> lemmaCache = new HashMap<>();
        int cursor = 0;
        for (String[] words : sentenceTokens) {
            if (words.length == 0) {
                continue;
            }
            Span[] spans = new Span[words.length];
            for (int i = 0; i < words.length; i++) {
                while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
                    cursor++;
                }
                if (!text.startsWith(words[i], cursor)) {
                    throw new IllegalArgumentException("token '" + words[i] + "' is not at offset " + cursor + " of the text");
                }
                spans[i] = new Span(cursor, cursor + words[i].length());
                cursor += words[i].length();
            }
            int begin = spans[0].getStart();
            int end = spans[spans.length - 1].getEnd();
            Span[] relative = new Span[spans.length];
            for (int i = 0; i < spans.length; i++) {
                relative[i] = new Span(spans[i].getStart() - begin, spans[i].getEnd() - begin);
            }
            out.add(sentence(text, out.size(), begin, end, relative, lemmaCache));
        }
        return new AnnotatedText(article, out);
    }

    /** An initialism of three letters or more, each with its full stop: "U.S.S.R.", "U.A.R.". */
    private static final Pattern LONG_INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){3,}");

    /**
     * The tokens with each initialism of three letters or more made one: the model splits "U.S.S.R." into "U.S.",
     * "S.", "R" and "." (and "U.S." would then name another country); punctuation after it stays a token of its own.
     */
    static Span[] joinInitialisms(String text, Span[] spans) {
        List<Span> out = null;
        Matcher m = LONG_INITIALISM.matcher(text);
        for (int i = 0; i < spans.length; i++) {
            int j = i;
            int begin = spans[i].getStart();
            // one matcher for the text, tried only where a capital and its full stop open a token (per token, the hot loop)
            boolean opens = begin + 1 < text.length() && Character.isUpperCase(text.charAt(begin)) && text.charAt(begin + 1) == '.';
            if (opens && m.region(begin, text.length()).lookingAt() && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                    && (m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())))) {
                while (j + 1 < spans.length && spans[j + 1].getEnd() <= m.end()) {
                    j++;
                }
            }
            if (j > i && spans[j].getEnd() == m.end()) {
                if (out == null) {
                    out = new ArrayList<>(List.of(spans).subList(0, i));
                }
                out.add(new Span(begin, m.end()));
                i = j;
            } else if (out != null) {
                out.add(spans[i]);
            }
        }
        return out == null ? spans : out.toArray(new Span[0]);
    }

    private Sentence sentence(String text, int index, int begin, int end, Map<String, String> lemmaCache) {
        return sentence(text, index, begin, end, tokenizer.tokenizePos(text.substring(begin, end)), lemmaCache);
    }

    private Sentence sentence(String text, int index, int begin, int end, Span[] given, Map<String, String> lemmaCache) {
        String sentenceText = text.substring(begin, end);
        Span[] spans = joinInitialisms(sentenceText, given);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmas(words, tags, lemmaCache);
        PennLayer layer = PennLayer.lazy(words, pennChunker);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(begin + spans[i].getStart(), begin + spans[i].getEnd(), words[i], tags[i], lemmas[i],
                    layer, i));
        }
        return new Sentence(index, begin, end, sentenceText, tokens);
    }

    /**
     * Each word's lemma, in context where the article first meets the (word, tag) pair. The UD lemmatizer barely uses
     * context and is the slowest model, so an article's lemmas are cached by (word, tag); the cache lives for one
     * article only: one kept across articles made about 0.3% of lemmas depend on which articles a builder thread had
     * seen first, and deciding each word alone lost lemmas that need context ("thousands of Venezuelans marched" no
     * longer reached Venezuela). An article's lemmas now depend on its text alone.
     */
    private String[] lemmas(String[] words, String[] tags, Map<String, String> cache) {
        String[] result = new String[words.length];
        String[] keys = new String[words.length];
        boolean missing = false;
        for (int i = 0; i < words.length; i++) {
            keys[i] = words[i] + '\u0000' + tags[i];
            result[i] = cache.get(keys[i]);
            missing |= result[i] == null;
        }
        if (!missing) {
            return result;
        }
        String[] computed = LemmatizerME.decodeLemmas(words,
                lemmatizer.tag(words, new Object[] {tags}).toArray(new String[0]));
        for (int i = 0; i < words.length; i++) {
            if (result[i] == null) {
                String lemma = computed[i];
                // The model answers "O" when it has no lemma; the lower-cased word is the honest fallback.
                if (lemma == null || lemma.isEmpty() || "O".equals(lemma)) {
                    lemma = words[i].toLowerCase(java.util.Locale.ROOT);
                }
                result[i] = lemma;
                cache.put(keys[i], lemma);
            }
        }
        return result;
    }
}
