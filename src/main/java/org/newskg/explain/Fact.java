package org.newskg.explain;

import java.util.List;

/**
 * One supporting fact of an explanation: an event, role, statement or mention node of one article graph,
 * the rule that produced it, and where the text says it. Immutable.
 *
 * @param graph      the article graph IRI
 * @param article    the article IRI, or null
 * @param headline   the article's headline, or null
 * @param node       the fact node's IRI
 * @param type       its newskg class local name ("PhoneCall", "Statement", "EntityMention", ...)
 * @param rule       nkg:extractionRule or nkg:mentionRule, or null
 * @param confidence nkg:confidence as written, or null
 * @param evidence   the spans that support it, in text order
 * @param date       the date value (nkg:eventDate, nkg:statementDate, nkg:roleDate), or null
 * @param dateSource the time mention the date came from (nkg:dateExpression), or null
 * @param kbSays     what the knowledge base added to a position holding ("office check held; owner United States
 *                   from the knowledge base"), or null
 */
public record Fact(String graph, String article, String headline, String node, String type, String rule,
                   String confidence, List<Span> evidence, String date, Span dateSource, String kbSays) {

    public Fact {
        evidence = List.copyOf(evidence);
    }
}
