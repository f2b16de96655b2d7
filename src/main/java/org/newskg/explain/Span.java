package org.newskg.explain;

/**
 * A stretch of article text that supports a fact: a piece of evidence, a mention or a date expression,
 * with the sentence around it. Offsets are half-open UTF-16 offsets into the article text. Immutable.
 *
 * @param node          the span's IRI (evidence, mention or time mention node)
 * @param begin         first character
 * @param end           one past the last character
 * @param anchor        the text at [begin, end), or null when the graph does not hold it
 * @param sentenceIndex the sentence's index, or -1 when unknown
 * @param sentence      the sentence's text, or null when unknown
 * @param sentenceBegin the sentence's first character, or -1
 * @param rule          the rule or lexicon entry that found it (nkg:mentionRule), or null
 */
public record Span(String node, int begin, int end, String anchor, int sentenceIndex, String sentence,
                   int sentenceBegin, String rule) {
}
