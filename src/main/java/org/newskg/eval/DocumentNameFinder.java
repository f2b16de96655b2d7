package org.newskg.eval;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * Finds names in one document given as pre-tokenized sentences, returning token spans typed PER, ORG,
 * LOC or MISC for each sentence. Whole documents, not single sentences, because newskg's recognizer
 * uses the document (a later "Doe" is the "Jane Doe" named before).
 */
@FunctionalInterface
public interface DocumentNameFinder {

    List<Span[]> find(List<String[]> sentences);
}
