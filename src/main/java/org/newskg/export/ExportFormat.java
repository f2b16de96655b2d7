package org.newskg.export;

import java.util.Locale;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The RDF syntaxes {@link Exporter} writes, with whether each can carry named graphs. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE),
    TRIG(RDFFormat.TRIG),
    NTRIPLES(RDFFormat.NTRIPLES),
    NQUADS(RDFFormat.NQUADS),
    JSONLD(RDFFormat.JSONLD),
    RDFXML(RDFFormat.RDFXML);

    private final RDFFormat rdfFormat;

    ExportFormat(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    /** The RDF4J Rio format. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the syntax keeps named graphs; Turtle and RDF/XML get the (deduplicated) union instead. */
    public boolean hasGraphs() {
        return rdfFormat.supportsContexts();
    }

    /** The usual file extension, without the dot. */
    public String fileExtension() {
        return rdfFormat.getDefaultFileExtension();
    }

    /** Parses a format name as given on the command line ("turtle", "n-quads", "json-ld", "rdf/xml", "ttl"). */
    public static ExportFormat parse(String s) {
        String k = s.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return switch (k) {
            case "TURTLE", "TTL" -> TURTLE;
            case "TRIG" -> TRIG;
            case "NTRIPLES", "NT" -> NTRIPLES;
            case "NQUADS", "NQ" -> NQUADS;
            case "JSONLD" -> JSONLD;
            case "RDFXML", "RDF", "XML" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown export format '" + s
                    + "' (expected turtle, trig, ntriples, nquads, jsonld or rdfxml)");
        };
    }
}
