package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.RoleMention;
import org.newskg.link.Entity;
import org.newskg.link.OfficeCheck;

/**
 * Writes a position holding (who holds which position, according to which words of the article, dated by
 * the article, or ended by its date for a former holder, and what the knowledge base says of it when the linker could judge: {@code officeCheck}), the
 * shared position node, and the derived {@code heldPosition} shortcut. A title the text gives no owner takes the
 * knowledge base's ({@code kbOwner}, or null), marked {@code ownerFromKnowledgeBase} so a reader can tell.
 * <pre>{@code
 * new RoleWriter().write(role, check, kbOwner, scope);   // nothing when the person's mention was not linked
 * }</pre>
 * The position node is described again in every article that names it (same IRI, same triples), so each
 * article graph stays self-contained. Stateless and thread-safe (the scope is not).
 */
final class RoleWriter {

    void write(RoleMention r, OfficeCheck check, Entity kbOwner, ArticleScope scope) {
        Entity person = scope.entity(r.person());
        if (person == null) {
            return;
        }
        boolean fromKb = r.of() == null && kbOwner != null;
        Entity of = fromKb ? kbOwner : scope.entity(r.of());
        Emitter out = scope.out();
        Node position = Iris.position(r.title(), of == null ? null : of.key());
        out.add(position, RDF.type.asNode(), NKG.Position);
        out.add(position, RDFS.label.asNode(), Literals.string(of == null ? r.title() : r.title() + " of " + of.label()));
        out.add(position, NKG.title, Literals.string(r.title()));
        if (of != null) {
            out.add(position, NKG.positionOf, Iris.entity(of));
        }

        Node holding = scope.unique(Iris.role(scope.id(), r.evidence().begin(), r.evidence().end()));
        Node holder = Iris.entity(person);
        out.add(holding, RDF.type.asNode(), NKG.PositionHolding);
        out.add(holding, NKG.holder, holder);
        out.add(holding, NKG.position, position);
        if (scope.article().published() != null) {
            // "former President Doe": held once, ended by the day the article says so
            out.add(holding, r.former() ? NKG.endedBy : NKG.roleDate, Literals.day(scope.article().published().date()));
        }
        out.add(holding, NKG.extractionRule, Literals.string(r.rule()));
        if (check != null) {
            out.add(holding, NKG.officeCheck, Literals.string(check.label()));
        }
        if (fromKb) {
            out.add(holding, NKG.ownerFromKnowledgeBase, Literals.bool(true));
        }
        out.add(holding, NKG.evidence, scope.evidence(r.evidence()));
        out.add(holder, NKG.heldPosition, position);
    }
}
