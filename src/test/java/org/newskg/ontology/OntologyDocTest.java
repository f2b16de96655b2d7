package org.newskg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newskg.validate.OntologyFiles;
import org.newskg.validate.SampleStores;

class OntologyDocTest {

    private static String fresh() {
        return new OntologyDoc(RDFDataMgr.loadGraph(OntologyFiles.ontology().toString())).markdown();
    }

    @Test
    void theCheckedInDocumentationIsUpToDateWithTheOntology() throws IOException {
        Path doc = SampleStores.HOME.resolve("docs/ontology.md");
        assertTrue(Files.exists(doc), "docs/ontology.md is missing: run " + OntologyDoc.REGENERATE);
        assertEquals(fresh(), Files.readString(doc),
                "docs/ontology.md is stale (the ontology changed): regenerate it with " + OntologyDoc.REGENERATE);
    }

    @Test
    void everyTermIsDocumentedWithItsCommentDomainRangeAndAlignments() {
        String md = fresh();
        assertTrue(md.contains("### nkg:Person\n\n**Person**. A person."), md);
        assertTrue(md.contains("`foaf:Person`") && md.contains("`sem:Actor`"), "alignments are listed");
        assertTrue(md.contains("- Range: `xsd:date` or `xsd:dateTime`"), "datatype unions are spelled out");
        assertTrue(md.contains("- Domain: [nkg:EntityMention](#nkgentitymention)"), "domains link to their class");
        assertTrue(md.contains("(reserved: not emitted yet)"), "reserved terms are marked");
        assertTrue(md.contains("- Version: "), md.substring(0, 400));
    }
}
