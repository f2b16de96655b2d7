package org.newskg.nlp;

/**
 * The Penn Treebank tags and chunk tags of one sentence, tagged when a token first asks for one. Only some readers
 * need them (event arguments, a clause's tense, a verb's inflection), and the 1.5 chunker with its beam of 10 was
 * the costliest model of the annotator (bench/README.md, "NLP annotator: the same tags for less work"), so
 * sentences nobody asks about are never tagged. The tags are the same whenever they are computed: the tagger and
 * chunker see the sentence's words alone.
 *
 * <pre>{@code
 * PennLayer layer = PennLayer.lazy(words, tools);
 * String tag = layer.penn(3);      // tags the whole sentence, once
 * String chunk = layer.chunk(3);   // chunks it, once
 * }</pre>
 * Thread-safe: the tools are used under their own lock, the tags published through volatile fields (two threads
 * asking at once may both compute them, with the same result).
 */
final class PennLayer {

    private final String[] words;
    private final PennChunker tools;
    private volatile String[] penn;
    private volatile String[] chunks;

    private PennLayer(String[] words, PennChunker tools, String[] penn, String[] chunks) {
        this.words = words;
        this.tools = tools;
        this.penn = penn;
        this.chunks = chunks;
    }

    /** The tags of {@code words}, computed by {@code tools} when first asked for; the array must not change. */
    static PennLayer lazy(String[] words, PennChunker tools) {
        return new PennLayer(words, tools, null, null);
    }

    /** One token's tags, already known. */
    static PennLayer given(String penn, String chunk) {
        return new PennLayer(null, null, new String[] {penn}, new String[] {chunk});
    }

    String penn(int i) {
        return pennTags()[i];
    }

    String chunk(int i) {
        String[] c = chunks;
        if (c == null) {
            c = tools.chunks(words, pennTags());
            chunks = c;
        }
        return c[i];
    }

    private String[] pennTags() {
        String[] p = penn;
        if (p == null) {
            p = tools.tags(words);
            penn = p;
        }
        return p;
    }
}
