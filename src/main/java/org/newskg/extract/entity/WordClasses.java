package org.newskg.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The English vocabulary the name finder's word-class features read ({@link WordClassFeatureGenerator}):
 * common words in lower case ({@code data/lexicon/common-words.tsv}) and proper nouns as written
 * ({@code data/lexicon/proper-words.tsv}). It tells the model, for a capitalized word it never saw in
 * training, whether that word is ordinary English ("Arrest" in a headline) or a name somewhere ("Kipling").
 * A name finder model carries it as a resource ({@link Serializer}: UTF-8 lines {@code common TAB word} and
 * {@code proper TAB Word}, sorted), so the model needs no lexicon at run time.
 *
 * <pre>{@code
 * WordClasses words = WordClasses.of(List.of("arrest", "river"), List.of("Kipling"));
 * }</pre>
 * Immutable and thread-safe.
 */
public final class WordClasses implements SerializableArtifact {

    private final Set<String> common;
    private final Set<String> proper;

    private WordClasses(Set<String> common, Set<String> proper) {
        this.common = common;
        this.proper = proper;
    }

    public static WordClasses of(Collection<String> commonWords, Collection<String> properNouns) {
        Set<String> c = new HashSet<>();
        commonWords.forEach(w -> c.add(w.toLowerCase(Locale.ROOT)));
        return new WordClasses(Set.copyOf(c), Set.copyOf(properNouns));
    }

    /** Whether the word in lower case is a common English word. */
    public boolean isCommon(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, or an all-caps word in title case, is a listed proper noun. */
    public boolean isProper(String word) {
        if (proper.contains(word)) {
            return true;
        }
        return word.length() > 1 && proper.contains(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }

    public int size() {
        return common.size() + proper.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes the vocabulary inside a model file; OpenNLP instantiates it by its class name. */
    public static final class Serializer implements ArtifactSerializer<WordClasses> {

        @Override
        public WordClasses create(InputStream in) throws IOException {
            Set<String> common = new HashSet<>(1 << 17);
            Set<String> proper = new HashSet<>(1 << 14);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("common\t")) {
                    common.add(line.substring(7));
                } else if (line.startsWith("proper\t")) {
                    proper.add(line.substring(7));
                }
            }
            return new WordClasses(common, proper);
        }

        @Override
        public void serialize(WordClasses words, OutputStream out) throws IOException {
            List<String> lines = new ArrayList<>(words.size());
            words.common.forEach(w -> lines.add("common\t" + w));
            words.proper.forEach(w -> lines.add("proper\t" + w));
            lines.sort(null);
            StringBuilder sb = new StringBuilder();
            lines.forEach(l -> sb.append(l).append('\n'));
            // Not closed: OpenNLP writes the next artifact to the same zip stream.
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
