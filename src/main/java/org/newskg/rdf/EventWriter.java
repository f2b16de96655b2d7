package org.newskg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.kb.EntityType;
import org.newskg.link.Entity;

/**
 * Writes an event node and the shortcuts derived from it: {@code talkedWith} between the people of a phone
 * call or meeting, {@code met} between the people of a meeting or visit, both ways round (a store does not
 * reason, so a symmetric property is written symmetric).
 * <pre>{@code
 * new EventWriter(CameoCodes.load(dataDir)).write(event, scope);
 * }</pre>
 * Immutable and thread-safe (the scope is not).
 */
final class EventWriter {

    private final CameoCodes cameo;

    EventWriter(CameoCodes cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    void write(Event e, ArticleScope scope) {
        Emitter out = scope.out();
        Node type = NKG.eventClass(e.type());
        Node ev = scope.unique(Iris.event(scope.id(), e.first().begin(), e.first().end()));
        out.add(ev, RDF.type.asNode(), type);
        out.add(ev, RDFS.label.asNode(), Literals.string(e.label()));
        for (Participant p : e.participants()) {
            Entity en = scope.entity(p.mention());
            if (en != null) {
                out.add(ev, NKG.participant, Iris.entity(en));
            }
        }
        if (e.date() != null) {
            Node date = Literals.factDate(e.date().value());
            if (date != null) {
                out.add(ev, NKG.eventDate, date);
            }
            out.add(ev, NKG.dateExpression, Iris.time(scope.id(), e.date().begin(), e.date().end()));
        }
        Entity place = scope.entity(e.place());
        if (place != null) {
            out.add(ev, NKG.place, Iris.entity(place));
        }
        Entity host = scope.entity(e.host());
        if (host != null) {
            out.add(ev, NKG.hostedBy, Iris.entity(host));
        }
        if (e.cameo() != null) {
            out.add(ev, NKG.cameoCode, Literals.string(e.cameo()));
            String label = cameo.label(e.cameo());
            if (label != null) {
                out.add(ev, NKG.cameoLabel, Literals.string(label));
            }
        }
        if (e.status() != null) {
            out.add(ev, NKG.eventStatus, Literals.string(e.status()));
        }
        out.add(ev, NKG.extractionRule, Literals.string(e.rule()));
        out.add(ev, NKG.confidence, Literals.real(e.confidence()));
        for (Evidence x : e.evidence()) {
            out.add(ev, NKG.evidence, scope.evidence(x));
        }
        out.add(ev, NKG.inArticle, scope.node());
        writeShortcuts(type, people(e, scope, host), out);
    }

    /** The people taking part, hosts included, in participant order, without repeats. */
    private static List<Node> people(Event e, ArticleScope scope, Entity host) {
        Set<Node> people = new LinkedHashSet<>();
        for (Participant p : e.participants()) {
            Entity en = scope.entity(p.mention());
            if (en != null && en.type() == EntityType.PERSON) {
                people.add(Iris.entity(en));
            }
        }
        if (host != null && host.type() == EntityType.PERSON) {
            people.add(Iris.entity(host));
        }
        return new ArrayList<>(people);
    }

    private static void writeShortcuts(Node type, List<Node> people, Emitter out) {
        boolean talked = type.equals(NKG.PhoneCall) || type.equals(NKG.Meeting);
        boolean met = type.equals(NKG.Meeting) || type.equals(NKG.Visit);
        for (Node a : people) {
            for (Node b : people) {
                if (a.equals(b)) {
                    continue;
                }
                if (talked) {
                    out.add(a, NKG.talkedWith, b);
                }
                if (met) {
                    out.add(a, NKG.met, b);
                }
            }
        }
    }
}
