package org.newskg.rdf;

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
 * Writes an event node and the shortcuts derived from it: {@code hostedBy} for the event's host and every
 * participant in the role "host" (hosts are participants too), {@code sourceActor} and {@code targetActor} for
 * participants in the roles "source" and "target" (GDELT's actor 1 and actor 2), {@code counterpart} between a
 * participant and the person it is called the counterpart of, {@code talkedWith} between the people of a phone call or meeting
 * (or of a summit of two),
 * {@code met} between the people of a meeting or visit, both ways round (a store does not reason, so a
 * symmetric property is written symmetric). A planned event ("the two leaders agreed to meet again") derives
 * no {@code talkedWith} or {@code met}: they say what happened.
 * <pre>{@code
 * new EventWriter(CameoCodes.load(dataDir)).write(event, scope);
 * }</pre>
 * Immutable and thread-safe (the scope is not).
 */
final class EventWriter {

    /** The participant role of hosts (Participant.role()); a host is written as nkg:hostedBy too. */
    static final String HOST = "host";

    /** The participant roles (Participant.role()) of who acts and who is acted on, written as nkg:sourceActor / nkg:targetActor too. */
    static final String SOURCE = "source";
    static final String TARGET = "target";

    /** The status (Event.status()) of an event the text announces but that has not happened. */
    private static final String PLANNED = "planned";

    private final CameoCodes cameo;

    EventWriter(CameoCodes cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /**
     * Writes the event, unless it names no linked participant or host and has no date: such an event
     * ("talks were also held") says too little to stand as a fact, and the shapes refuse it.
     */
    void write(Event e, ArticleScope scope) {
        Node type = NKG.eventClass(e.type());
        Set<Entity> participants = new LinkedHashSet<>();
        Set<Entity> hosts = new LinkedHashSet<>();
        Entity host = scope.entity(e.host());
        if (host != null) {
            hosts.add(host);
        }
        for (Participant p : e.participants()) {
            Entity en = scope.entity(p.mention());
            if (en != null) {
                participants.add(en);
                if (p.role().equals(HOST)) {
                    hosts.add(en);
                }
            }
        }
        // A host takes part: the contract's participants include hosts.
        participants.addAll(hosts);
        Node date = e.date() == null ? null : Literals.factDate(e.date().value());
        if (participants.isEmpty() && date == null) {
            return;
        }

        Emitter out = scope.out();
        Node ev = scope.unique(Iris.event(scope.id(), e.first().begin(), e.first().end()));
        out.add(ev, RDF.type.asNode(), type);
        out.add(ev, RDFS.label.asNode(), Literals.string(e.label()));
        for (Entity en : participants) {
            out.add(ev, NKG.participant, Iris.entity(en));
        }
        for (Participant p : e.participants()) {
            Entity en = scope.entity(p.mention());
            Node actor = p.role().equals(SOURCE) ? NKG.sourceActor : p.role().equals(TARGET) ? NKG.targetActor : null;
            if (en != null && actor != null) {
                out.add(ev, actor, Iris.entity(en));
            }
            writeCounterparts(en, scope.entity(p.counterpartOf()), out);
        }
        if (date != null) {
            out.add(ev, NKG.eventDate, date);
        }
        if (e.date() != null) {
            out.add(ev, NKG.dateExpression, Iris.time(scope.id(), e.date().begin(), e.date().end()));
        }
        Entity place = scope.entity(e.place());
        if (place != null) {
            out.add(ev, NKG.place, Iris.entity(place));
        }
        for (Entity en : hosts) {
            out.add(ev, NKG.hostedBy, Iris.entity(en));
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
        List<Node> people = participants.stream().filter(en -> en.type() == EntityType.PERSON).map(Iris::entity).toList();
        if (!PLANNED.equals(e.status())) {
            writeShortcuts(type, people, out);
        }
    }

    /** "his Syrian counterpart Y": Y and the one "his" refers to hold corresponding posts; symmetric, so both ways. */
    private static void writeCounterparts(Entity a, Entity b, Emitter out) {
        if (a != null && b != null && !a.equals(b) && a.type() == EntityType.PERSON && b.type() == EntityType.PERSON) {
            out.add(Iris.entity(a), NKG.counterpart, Iris.entity(b));
            out.add(Iris.entity(b), NKG.counterpart, Iris.entity(a));
        }
    }

    private static void writeShortcuts(Node type, List<Node> people, Emitter out) {
        // "the two leaders held a summit": a summit of two people is their meeting; of more, it says not who spoke to whom
        boolean twoAtSummit = type.equals(NKG.Summit) && people.stream().distinct().count() == 2;
        boolean talked = type.equals(NKG.PhoneCall) || type.equals(NKG.Meeting) || twoAtSummit;
        boolean met = type.equals(NKG.Meeting) || type.equals(NKG.Visit) || twoAtSummit;
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
