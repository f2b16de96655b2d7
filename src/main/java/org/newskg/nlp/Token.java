package org.newskg.nlp;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token with its half-open character offsets into the article text, its UD part-of-speech tag
 * (PROPN, NOUN, VERB, ...), its lemma, its Penn Treebank tag (VBD, VBN, MD, ...: the tense and voice UD
 * leaves out) and its chunk tag in the CoNLL-2000 IOB form (B-NP, I-NP, B-VP, B-PP, O).
 *
 * <pre>{@code
 * Token t = new Token(0, 3, "met", "VERB", "meet", "VBD", "B-VP");
 * boolean verbPhrase = t.chunkType().equals("VP");
 * }</pre>
 * Immutable and thread-safe. The annotator's tokens share their sentence's Penn tags and chunks, which are tagged
 * the first time any token of the sentence is asked for one (see {@link PennLayer}); equality compares all seven
 * values, as a record's would, the hash code leaves the last two out so that hashing a token tags nothing.
 */
public final class Token {

    private static final int MAX_CHUNK_TYPES = 256;
    private static final Map<String, String> CHUNK_TYPES = new ConcurrentHashMap<>();

    private final int begin;
    private final int end;
    private final String text;
    private final String pos;
    private final String lemma;
    private final PennLayer layer;
    private final int index;

    public Token(int begin, int end, String text, String pos, String lemma, String penn, String chunk) {
        this(begin, end, text, pos, lemma, PennLayer.given(penn, chunk), 0);
    }

    /** A token without Penn tag and chunk (gold data, tests): {@code penn} is "" and {@code chunk} "O". */
    public Token(int begin, int end, String text, String pos, String lemma) {
        this(begin, end, text, pos, lemma, "", "O");
    }

    /** The token at {@code index} of a sentence whose Penn tags and chunks {@code layer} holds. */
    Token(int begin, int end, String text, String pos, String lemma, PennLayer layer, int index) {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token offsets [" + begin + ", " + end + ") for '" + text + "'");
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + begin + ", " + end + ")");
        }
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.pos = pos;
        this.lemma = lemma;
        this.layer = layer;
        this.index = index;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public String pos() {
        return pos;
    }

    public String lemma() {
        return lemma;
    }

    public String penn() {
        return layer.penn(index);
    }

    public String chunk() {
        return layer.chunk(index);
    }

    /** The chunk's type ("NP", "VP", "PP", ...) or "O" outside any chunk. */
    public String chunkType() {
        String chunk = chunk();
        if (chunk.length() <= 2 || chunk.charAt(1) != '-') {
            return "O";
        }
        // the chunker's few outcomes: their types kept rather than a new string at each call (Chunks.is asks at every
        // token of a subject's span)
        String type = CHUNK_TYPES.get(chunk);
        if (type == null) {
            type = chunk.substring(2);
            if (CHUNK_TYPES.size() < MAX_CHUNK_TYPES) {
                CHUNK_TYPES.put(chunk, type);
            }
        }
        return type;
    }

    /** True when this token opens a chunk (or stands outside any). */
    public boolean opensChunk() {
        return !chunk().startsWith("I-");
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Token t && begin == t.begin && end == t.end && text.equals(t.text)
                && Objects.equals(pos, t.pos) && Objects.equals(lemma, t.lemma)
                && Objects.equals(penn(), t.penn()) && Objects.equals(chunk(), t.chunk());
    }

    @Override
    public int hashCode() {
        return Objects.hash(begin, end, text, pos, lemma);
    }

    @Override
    public String toString() {
        return "Token[begin=" + begin + ", end=" + end + ", text=" + text + ", pos=" + pos + ", lemma=" + lemma
                + ", penn=" + penn() + ", chunk=" + chunk() + "]";
    }
}
