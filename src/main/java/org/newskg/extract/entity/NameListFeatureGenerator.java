package org.newskg.extract.entity;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name finder features from word lists (knowledge base names per type, first names, titles, place cues,
 * organization heads), in one pass per sentence. A token inside a listed phrase gets {@code nl=LIST:B} or
 * {@code nl=LIST:I} (the longest phrase starting at each word wins); its neighbours tell the context:
 * {@code nl<title} when a title ends just before it, {@code nl<placecue} after a place cue, {@code nl<first}
 * after a first name, {@code nl>orghead} when an organization head follows within two words. An all-caps
 * word (a headline, a dateline) is also looked up in title case, so "NAIROBI" finds "Nairobi".
 *
 * <pre>{@code
 * AdaptiveFeatureGenerator g = new NameListFeatureGenerator(NameLists.of(Map.of("loc", List.of(List.of("Nairobi")))));
 * }</pre>
 * The lists are shared and read-only; the generator caches the matches of the last sentence it saw, so
 * each name finder needs its own instance (OpenNLP creates one per finder).
 */
public final class NameListFeatureGenerator implements AdaptiveFeatureGenerator {

    private final NameLists lists;
    private String[] cachedTokens;
    private List<List<String>> cached;

    public NameListFeatureGenerator(NameLists lists) {
        this.lists = lists;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cached = lists.annotate(tokens);
            cachedTokens = tokens;
        }
        SentenceWindowFeatureGenerator.addAll(features, cached.get(index));
    }
}
