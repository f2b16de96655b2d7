package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFormat;
import org.newskg.ingest.TextCleaner;
import org.newskg.prov.RunLog;
import org.newskg.store.KgStore;

/**
 * Hostile articles (control characters, quotes, brackets, emoji, right-to-left text, a lone surrogate) go in
 * through {@code kg ingest} and out through {@code kg export} in every format; each file parses with Jena and
 * RDF4J (and the RDF/XML one with a plain XML parser) to the statements of the store.
 */
class HostileInputExportTest {

    @TempDir
    Path tmp;

    @Test
    void hostileNamesComeOutOfEveryExportFormatParseableByJenaAndRdf4j() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Written for this test: Ghanaian, Irish and Nigerian names, an Arabic sentence, terminal escapes.
        Files.writeString(in.resolve("accra.txt"), "Esc\u001b[31m talks in Accra\u0007\n\n"
                + "ACCRA - Ghanaian Finance Minister Kofi\u0007 Mensah met Seán \"The Chief\" O'Brien [left] in Accra "
                + "on Monday.\u000B Nigerian envoy Ngozi Okafor 😀 said <the deal> was \"done\" {mostly}.\u0085\u007F\n"
                + "قال الوزير إن المحادثات مثمرة.\u202E The minister\u001b[0m Kofi Mensah left for Lagos.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("feed.jsonl"), "{\"url\": \"https://news.example.org/\\u0007lagos\", "
                + "\"title\": \"Esc\\u001b[1m summit \\ud800 in Lagos\", \"source\": \"Wire\\u0000\", \"published\": \"2025-03-04\", "
                + "\"text\": \"LAGOS - Nigerian President Adaeze\\u0007 Nwosu met Kenyan President Otieno\\ud83d Kamau in Lagos "
                + "on Tuesday, the presidency said.\"}\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");

        CliRunner.Result ingest = CliRunner.run("ingest", "-q", "--no-progress", "--store", store.toString(), in.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());

        List<String> literals = new ArrayList<>();
        long quads;
        try (KgStore kg = KgStore.open(store)) {
            quads = kg.read(() -> {
                kg.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(RunLog.GRAPH) && q.getObject().isLiteral()) {
                        literals.add(q.getObject().getLiteralLexicalForm());
                    }
                });
                return org.apache.jena.atlas.iterator.Iter.count(kg.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            });
        }
        assertTrue(literals.contains("Kofi Mensah"), "the name survives, without its control character: " + literals);
        assertTrue(literals.stream().anyMatch(l -> l.contains("Ngozi Okafor")), literals.toString());
        List<String> dirty = literals.stream().filter(l -> !TextCleaner.isClean(l)).toList();
        assertEquals(List.of(), dirty, "no stored literal keeps a control character or a lone surrogate");

        for (ExportFormat f : ExportFormat.values()) {
            Path file = tmp.resolve("kg." + f.fileExtension());
            CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "--format", f.name(), "--include-runlog",
                    "-o", file.toString());
            assertEquals(ExitCodes.OK, r.exitCode(), f + ": " + r.err());
            Dataset jena = DatasetFactory.createGeneral();
            RDFDataMgr.read(jena, file.toString(), RDFLanguages.nameToLang(f.rdfFormat().getDefaultMIMEType()));
            Model rio;
            try (InputStream s = Files.newInputStream(file)) {
                rio = Rio.parse(s, "", f.rdfFormat());
            }
            long jenaCount = f.hasGraphs() ? count(jena) : jena.getDefaultModel().size();
            assertEquals(rio.size(), jenaCount, f + ": Jena and RDF4J read the same statements");
            if (f.hasGraphs()) {
                assertEquals(quads, rio.size(), f + ": every stored quad is exported");
            }
            if (f == ExportFormat.RDFXML) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());   // well-formed XML
            }
        }
    }

    private static long count(Dataset ds) {
        return org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    @Test
    void anRdfXmlExportOfATermXmlCannotCarryFailsWithExitCode3AndWritesNoFile() throws IOException {
        Path store = tmp.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            // As a store written before control characters were cleaned at ingest could hold.
            Node g = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/graph/old-article");
            kg.replaceArticle(g, sink -> sink.triple(org.apache.jena.graph.Triple.create(
                    org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/id/entity/person/bell"),
                    org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("Bell\u0007 Ndiaye"))));
        }
        Path file = tmp.resolve("out.rdf");
        CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "--format", "rdfxml", "-o", file.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains("U+0007"), r.err());
        assertTrue(Files.notExists(file), "no broken file is left behind");
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
        CliRunner.Result nt = CliRunner.run("export", "--store", store.toString(), "--format", "ntriples", "-o", tmp.resolve("out.nt").toString());
        assertEquals(ExitCodes.OK, nt.exitCode(), nt.err());
        assertTrue(Files.readString(tmp.resolve("out.nt")).contains("Bell\\u0007 Ndiaye"), "escaped in N-Triples");
    }
}
