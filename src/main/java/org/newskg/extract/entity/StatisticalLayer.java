package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newskg.kb.EntityType;

/**
 * The statistical layer of recognition: OpenNLP {@link TokenNameFinderModel}s (the shipped default, or
 * models from {@code kg train-ner}) that propose names everywhere. Their MISC names are typed by
 * {@link MiscTyper}. A sentence written mostly in capitals (a headline, "NAIROBI, March 3") is shown to
 * the model in title case, as its training text writes names.
 *
 * <pre>{@code
 * StatisticalLayer layer = new StatisticalLayer(List.of(model), new MiscTyper(cues));
 * StatisticalLayer.Finders f = layer.newFinders();   // one per thread
 * f.startDocument();
 * List<NameMatch> found = f.match(words, tags);
 * }</pre>
 * Immutable and thread-safe; the {@link Finders} it makes are not.
 */
final class StatisticalLayer {

    static final String RULE = "model:ner";

    /** Short words a title-cased headline keeps in lower case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "of",
            "on", "or", "the", "to", "with");

    private final List<NameFinderSource> sources;
    private final MiscTyper misc;
    private final WordClasses vocabulary;

    StatisticalLayer(List<TokenNameFinderModel> models, MiscTyper misc) {
        this.sources = models.stream().map(NameFinderSource::of).toList();
        this.misc = misc;
        this.vocabulary = models.stream().map(m -> m.getArtifact(NerDictionaries.WORDS)).filter(WordClasses.class::isInstance)
                .map(WordClasses.class::cast).findFirst().orElse(WordClasses.of(List.of(), List.of()));
    }

    /** The English vocabulary the first model carries (common words, proper nouns); empty when none does. */
    WordClasses vocabulary() {
        return vocabulary;
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Name finders for one thread: making one parses the model's feature XML, so they are reused across documents. */
    Finders newFinders() {
        return new Finders(sources.stream().map(NameFinderSource::newFinder).toList());
    }

    /** One thread's finders; their previous-decision maps (document consistency) restart at each document. */
    final class Finders {

        private final List<TokenNameFinder> finders;

        private Finders(List<TokenNameFinder> finders) {
            this.finders = finders;
        }

        void startDocument() {
            finders.forEach(TokenNameFinder::clearAdaptiveData);
        }

        /** Typed names in one sentence's words, most probable first; several models may overlap. */
        List<NameMatch> match(String[] words, String[] tags) {
            List<NameMatch> out = new ArrayList<>();
            String[] shown = shown(words);
            for (TokenNameFinder finder : finders) {
                for (Span s : finder.find(shown)) {
                    EntityType type = typeOf(s.getType());
                    if (type == null && "MISC".equalsIgnoreCase(s.getType())) {
                        type = misc.typeOf(shown, tags, s.getStart(), s.getEnd());
                    }
                    if (type != null) {
                        String name = String.join(" ", Arrays.copyOfRange(words, s.getStart(), s.getEnd()));
                        double p = Math.max(0, Math.min(1, s.getProb()));
                        out.add(new NameMatch(s.getStart(), s.getEnd(), type, name, null, RULE, p));
                    }
                }
            }
            out.sort(Comparator.comparingDouble(NameMatch::confidence).reversed().thenComparingInt(NameMatch::start));
            return out;
        }
    }

    /**
     * The words as the model should see them: a headline (at least three words of letters, three quarters
     * in capitals) in title case, and a dateline's leading capitals before a comma ("PORT LOUIS , May 2")
     * in title case; other sentences unchanged.
     */
    static String[] shown(String[] words) {
        int letters = 0;
        int caps = 0;
        for (String w : words) {
            if (hasLetter(w)) {
                letters++;
                caps += isCaps(w) ? 1 : 0;
            }
        }
        if (letters >= 3 && caps * 4 >= letters * 3) {
            return titleCase(words, words.length);
        }
        int lead = 0;
        while (lead < words.length && isCaps(words[lead])) {
            lead++;
        }
        return lead > 0 && lead < words.length && words[lead].equals(",") ? titleCase(words, lead) : words;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCaps(String w) {
        if (w.length() <= 1) {
            return false;
        }
        // ASCII (most words): no lower-case letter and an upper-case one, without making the two copies.
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x80) {
                return w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        return upper;
    }

    /** The first {@code n} words in title case, short function words after the first in lower case, acronyms kept. */
    private static String[] titleCase(String[] words, int n) {
        String[] out = words.clone();
        for (int i = 0; i < n; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (!isCaps(w)) {
                continue;
            }
            if (i > 0 && MINOR_WORDS.contains(lower)) {
                out[i] = lower;
            } else if (w.length() > 3) {
                // Three letters or fewer are kept: most are acronyms ("UN", "EU", "AFP").
                out[i] = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
        }
        return out;
    }

    /** Maps the type names of CoNLL, OntoNotes and newskg training data to newskg's types; MISC is typed apart. */
    static EntityType typeOf(String modelType) {
        if (modelType == null) {
            return null;
        }
        return switch (modelType.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityType.ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "PLACE" -> EntityType.PLACE;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "CITY" -> EntityType.CITY;
            case "REGION" -> EntityType.REGION;
            case "FAC", "FACILITY" -> EntityType.FACILITY;
            case "EVENT" -> EntityType.EVENT;
            case "NORP", "NATIONALITY" -> EntityType.NATIONALITY;
            case "LAW" -> EntityType.LAW;
            case "WORK_OF_ART", "PRODUCT", "WORK" -> EntityType.WORK;
            default -> null;
        };
    }
}
