package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newskg.kb.EntityType;

/**
 * The optional statistical layer: OpenNLP {@link TokenNameFinderModel}s (for instance trained with
 * {@code kg train-ner}) that add names the knowledge base and the patterns miss. It never overrides
 * them: a statistical name overlapping a kept mention is dropped.
 *
 * <pre>{@code
 * StatisticalLayer layer = new StatisticalLayer(List.of(model));
 * List<NameFinderME> finders = layer.newFinders();   // one set per document and thread
 * List<NameMatch> found = StatisticalLayer.match(finders, words);
 * }</pre>
 * Immutable and thread-safe (models are); the {@link NameFinderME}s it makes are not, and adapt to
 * the document they read, so each document gets fresh ones.
 */
final class StatisticalLayer {

    static final String RULE = "model:ner";

    private final List<TokenNameFinderModel> models;

    StatisticalLayer(List<TokenNameFinderModel> models) {
        this.models = List.copyOf(models);
    }

    boolean isEmpty() {
        return models.isEmpty();
    }

    List<NameFinderME> newFinders() {
        return models.stream().map(NameFinderME::new).toList();
    }

    /** Typed names in one sentence's words; names whose type newskg has no class for (MISC) are left out. */
    static List<NameMatch> match(List<NameFinderME> finders, String[] words) {
        List<NameMatch> out = new ArrayList<>();
        for (NameFinderME finder : finders) {
            for (Span s : finder.find(words)) {
                EntityType type = typeOf(s.getType());
                if (type != null) {
                    String name = String.join(" ", java.util.Arrays.copyOfRange(words, s.getStart(), s.getEnd()));
                    double p = Math.max(0, Math.min(1, s.getProb()));
                    out.add(new NameMatch(s.getStart(), s.getEnd(), type, name, null, RULE, p));
                }
            }
        }
        out.sort(Comparator.comparingDouble(NameMatch::confidence).reversed().thenComparingInt(NameMatch::start));
        return out;
    }

    /** Maps the type names of CoNLL, OntoNotes and newskg training data to newskg's types. */
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
            default -> null;
        };
    }
}
