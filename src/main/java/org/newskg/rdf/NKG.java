package org.newskg.rdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.kb.EntityType;
import org.newskg.kb.Subclass;

/**
 * The newskg ontology ({@code ontology/newskg.ttl}) as Jena {@link Node} constants, in the manner of
 * Jena's own vocabulary classes, plus the namespaces newskg writes.
 *
 * <pre>{@code
 * sink.quad(Quad.create(g, article, RDF.type.asNode(), NKG.Article));
 * Node cls = NKG.classOf(EntityType.COUNTRY);   // nkg:Country
 * }</pre>
 * Constants only; thread-safe.
 */
public final class NKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** The ontology IRI (without version). */
    public static final String ONTOLOGY = "https://w3id.org/newskg/ontology";

    public static final String SCHEMA = "http://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** Wikidata entities. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** The Simple Event Model, which the event terms are aligned to. */
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    // Classes
    public static final Node Article = node("Article");
    public static final Node Sentence = node("Sentence");
    public static final Node Mention = node("Mention");
    public static final Node EntityMention = node("EntityMention");
    public static final Node TemporalExpression = node("TemporalExpression");
    public static final Node IngestActivity = node("IngestActivity");
    public static final Node Entity = node("Entity");
    public static final Node Person = node("Person");
    public static final Node Organization = node("Organization");
    public static final Node Place = node("Place");
    public static final Node Country = node("Country");
    public static final Node City = node("City");
    public static final Node Region = node("Region");
    public static final Node Facility = node("Facility");
    public static final Node NamedEvent = node("NamedEvent");
    public static final Node Nationality = node("Nationality");
    public static final Node Law = node("Law");
    public static final Node Work = node("Work");
    // Narrower classes the knowledge base gives (see Subclass, KbEntry.historical)
    public static final Node HistoricalCountry = node("HistoricalCountry");
    public static final Node Subdivision = node("Subdivision");
    public static final Node PoliticalParty = node("PoliticalParty");
    public static final Node NewsAgency = node("NewsAgency");
    public static final Node Company = node("Company");
    private static final List<Node> KB_CLASSES = List.of(Subdivision, PoliticalParty, NewsAgency, Company);

    // Article metadata
    public static final Node headline = node("headline");
    public static final Node source = node("source");
    public static final Node byline = node("byline");
    public static final Node datePublished = node("datePublished");
    public static final Node dateModified = node("dateModified");
    public static final Node url = node("url");
    public static final Node language = node("language");
    public static final Node articleText = node("articleText");
    public static final Node hasSentence = node("hasSentence");
    public static final Node mentionsEntity = node("mentionsEntity");
    public static final Node softwareVersion = node("softwareVersion");
    public static final Node dataDigest = node("dataDigest");

    // Sentences and mentions
    public static final Node sentenceIndex = node("sentenceIndex");
    public static final Node inArticle = node("inArticle");
    public static final Node inSentence = node("inSentence");
    public static final Node beginIndex = node("beginIndex");
    public static final Node endIndex = node("endIndex");
    public static final Node anchorOf = node("anchorOf");
    public static final Node refersTo = node("refersTo");
    public static final Node mentionRule = node("mentionRule");
    public static final Node confidence = node("confidence");
    public static final Node linkConfidence = node("linkConfidence");
    public static final Node timexType = node("timexType");
    public static final Node timexValue = node("timexValue");
    public static final Node normalizedDate = node("normalizedDate");

    // Entities
    public static final Node wikidataId = node("wikidataId");
    public static final Node foundingDate = node("foundingDate");
    public static final Node dissolutionDate = node("dissolutionDate");

    // Events: the generic class and its type tree (the Event.type() local names of the extractor)
    public static final Node Event = node("Event");
    public static final Node PhoneCall = node("PhoneCall");
    public static final Node Meeting = node("Meeting");
    public static final Node Visit = node("Visit");
    public static final Node Summit = node("Summit");
    public static final Node Anniversary = node("Anniversary");
    public static final Node Agreement = node("Agreement");
    public static final Node Presidency = node("Presidency");
    public static final Node Exchange = node("Exchange");
    public static final Node Holiday = node("Holiday");
    // The event classes toward the CAMEO root categories (01 make public statement ... 20 use unconventional mass
    // violence), beyond the consultation and agreement classes above; Sanction and Expulsion are kinds of ReduceRelations.
    public static final Node PublicStatement = node("PublicStatement");
    public static final Node Appeal = node("Appeal");
    public static final Node IntentToCooperate = node("IntentToCooperate");
    public static final Node DiplomaticCooperation = node("DiplomaticCooperation");
    public static final Node MaterialCooperation = node("MaterialCooperation");
    public static final Node Aid = node("Aid");
    public static final Node Yield = node("Yield");
    public static final Node Investigation = node("Investigation");
    public static final Node Demand = node("Demand");
    public static final Node Disapproval = node("Disapproval");
    public static final Node Rejection = node("Rejection");
    public static final Node Threat = node("Threat");
    public static final Node Protest = node("Protest");
    public static final Node ForcePosture = node("ForcePosture");
    public static final Node ReduceRelations = node("ReduceRelations");
    public static final Node Sanction = node("Sanction");
    public static final Node Expulsion = node("Expulsion");
    public static final Node Coercion = node("Coercion");
    public static final Node Assault = node("Assault");
    public static final Node Fight = node("Fight");
    public static final Node MassViolence = node("MassViolence");
    private static final List<Node> CAMEO_CLASSES = List.of(PublicStatement, Appeal, IntentToCooperate, DiplomaticCooperation, MaterialCooperation, Aid, Yield, Investigation, Demand, Disapproval, Rejection, Threat, Protest, ForcePosture, ReduceRelations, Sanction, Expulsion, Coercion, Assault, Fight, MassViolence);
    public static final Node Evidence = node("Evidence");
    public static final Node PositionHolding = node("PositionHolding");
    public static final Node Position = node("Position");
    public static final Node Statement = node("Statement");

    // Event properties
    public static final Node participant = node("participant");
    public static final Node sourceActor = node("sourceActor");
    public static final Node targetActor = node("targetActor");
    public static final Node eventDate = node("eventDate");
    public static final Node dateExpression = node("dateExpression");
    public static final Node place = node("place");
    public static final Node hostedBy = node("hostedBy");
    public static final Node cameoCode = node("cameoCode");
    public static final Node cameoLabel = node("cameoLabel");
    public static final Node eventStatus = node("eventStatus");
    public static final Node extractionRule = node("extractionRule");
    public static final Node evidence = node("evidence");

    // Derived shortcuts
    public static final Node talkedWith = node("talkedWith");
    public static final Node met = node("met");
    public static final Node counterpart = node("counterpart");
    public static final Node heldPosition = node("heldPosition");

    // Roles and positions
    public static final Node holder = node("holder");
    public static final Node position = node("position");
    public static final Node roleDate = node("roleDate");
    public static final Node endedBy = node("endedBy");
    public static final Node title = node("title");
    public static final Node positionOf = node("positionOf");
    public static final Node officeCheck = node("officeCheck");
    public static final Node ownerFromKnowledgeBase = node("ownerFromKnowledgeBase");

    // Statements
    public static final Node speaker = node("speaker");
    public static final Node statementText = node("statementText");
    public static final Node statementDate = node("statementDate");
    public static final Node reportingVerb = node("reportingVerb");
    public static final Node statementKind = node("statementKind");

    // Terms of other vocabularies newskg uses directly
    public static final Node provWasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node provStartedAtTime = NodeFactory.createURI(PROV + "startedAtTime");
    public static final Node provEndedAtTime = NodeFactory.createURI(PROV + "endedAtTime");

    private NKG() {
    }

    private static Node node(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The most specific ontology class of an entity type (EVENT is {@code nkg:NamedEvent}). */
    public static Node classOf(EntityType type) {
        return switch (type) {
            case PERSON -> Person;
            case ORGANIZATION -> Organization;
            case PLACE -> Place;
            case COUNTRY -> Country;
            case CITY -> City;
            case REGION -> Region;
            case FACILITY -> Facility;
            case EVENT -> NamedEvent;
            case NATIONALITY -> Nationality;
            case LAW -> Law;
            case WORK -> Work;
        };
    }

    /** The ontology class of a knowledge base subclass ({@code nkg:NewsAgency}). */
    public static Node classOf(Subclass subclass) {
        return KB_CLASSES.stream().filter(c -> c.getLocalName().equals(subclass.localName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ontology class for " + subclass));
    }

    /**
     * The class of an event type local name ({@code "PhoneCall"} is {@code nkg:PhoneCall}, {@code "Event"} the
     * generic {@code nkg:Event}).
     *
     * @throws IllegalArgumentException for a name that is not an event class of the ontology, so that a typo in
     *                                  the trigger lexicon shows at once instead of minting an undeclared class
     */
    public static Node eventClass(String localName) {
        return switch (localName) {
            case "Event" -> Event;
            case "PhoneCall" -> PhoneCall;
            case "Meeting" -> Meeting;
            case "Visit" -> Visit;
            case "Summit" -> Summit;
            case "Anniversary" -> Anniversary;
            case "Agreement" -> Agreement;
            case "Presidency" -> Presidency;
            case "Exchange" -> Exchange;
            case "Holiday" -> Holiday;
            default -> CAMEO_CLASSES.stream().filter(c -> c.getLocalName().equals(localName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + localName + "' is not an event class of the"
                            + " newskg ontology (Event, PhoneCall, Meeting, Visit, Summit, Anniversary, Agreement, Presidency,"
                            + " Exchange, Holiday, " + String.join(", ", CAMEO_CLASSES.stream().map(Node::getLocalName).toList())
                            + ")"));
        };
    }

    /**
     * The prefixes newskg declares in everything it writes, sorted by prefix; a fresh map on each call
     * so that no caller can change another's.
     */
    public static Map<String, String> prefixes() {
        Map<String, String> p = new TreeMap<>();
        p.put("nkg", NS);
        p.put("rdf", RDF);
        p.put("rdfs", RDFS);
        p.put("owl", OWL);
        p.put("xsd", XSD);
        p.put("schema", SCHEMA);
        p.put("nif", NIF);
        p.put("prov", PROV);
        p.put("wd", WD);
        p.put("article", Iris.ARTICLE_NS);
        p.put("entity", Iris.ENTITY_NS);
        p.put("graph", Iris.GRAPH_NS);
        return p;
    }
}
