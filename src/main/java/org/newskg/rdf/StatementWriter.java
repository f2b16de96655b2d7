package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newskg.NewsKgException;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Statement;
import org.newskg.link.Entity;

/**
 * Writes a reported statement: speaker, content text and offsets, date, the entities it mentions, the
 * reporting verb and the evidence of the attribution words.
 * <pre>{@code
 * new StatementWriter().write(statement, scope);   // nothing when the speaker's mention was not linked
 * }</pre>
 * Stateless and thread-safe (the scope is not).
 */
final class StatementWriter {

    void write(Statement s, ArticleScope scope) {
        Entity speaker = scope.entity(s.speaker());
        if (speaker == null) {
            return;
        }
        String text = scope.article().text();
        if (s.end() > text.length() || !text.substring(s.begin(), s.end()).equals(s.text())) {
            throw new NewsKgException("statement '" + s.text() + "' [" + s.begin() + ", " + s.end()
                    + ") does not match the text of article " + scope.id() + " (length " + text.length() + ")");
        }
        Emitter out = scope.out();
        Node st = scope.unique(Iris.statement(scope.id(), s.begin(), s.end()));
        out.add(st, RDF.type.asNode(), NKG.Statement);
        out.add(st, NKG.speaker, Iris.entity(speaker));
        out.add(st, NKG.statementText, Literals.string(s.text()));
        out.add(st, NKG.beginIndex, Literals.offset(s.begin()));
        out.add(st, NKG.endIndex, Literals.offset(s.end()));
        if (s.date() != null) {
            Node date = Literals.factDate(s.date().value());
            if (date != null) {
                out.add(st, NKG.statementDate, date);
            }
            out.add(st, NKG.dateExpression, Iris.time(scope.id(), s.date().begin(), s.date().end()));
        }
        for (EntityMention m : s.about()) {
            Entity about = scope.entity(m);
            if (about != null) {
                out.add(st, NKG.mentionsEntity, Iris.entity(about));
            }
        }
        out.add(st, NKG.reportingVerb, Literals.string(s.verb()));
        out.add(st, NKG.statementKind, Literals.string(s.kind()));
        out.add(st, NKG.extractionRule, Literals.string(s.rule()));
        out.add(st, NKG.confidence, Literals.real(s.confidence()));
        out.add(st, NKG.evidence, scope.evidence(s.cue()));
        out.add(st, NKG.inArticle, scope.node());
    }
}
