package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void plainDatesYearMonthsAndYearsKeepTheirPrecision() {
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), Literals.factDate("2024-02-08"));
        assertEquals(typed("2024-02", XSDDatatype.XSDgYearMonth), Literals.factDate("2024-02"));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), Literals.factDate("2024"));
    }

    @Test
    void finerValuesGiveTheMostPreciseDateThatContainsThem() {
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), Literals.factDate("2024-02-08T19:55"));
        assertEquals(typed("2024-02-08", XSDDatatype.XSDdate), Literals.factDate("2024-02-08TMO"));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), Literals.factDate("2024-Q1"));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), Literals.factDate("2024-SU"));
        // ISO week 8 of 2024 is 19-25 February; week 5 is 29 January - 4 February; week 1 of 2025 starts 30 December 2024.
        assertEquals(typed("2024-02", XSDDatatype.XSDgYearMonth), Literals.factDate("2024-W08"));
        assertEquals(typed("2024", XSDDatatype.XSDgYear), Literals.factDate("2024-W05"));
        assertEquals(typed("2024-02", XSDDatatype.XSDgYearMonth), Literals.factDate("2024-W08-WE"));
        assertNull(Literals.factDate("2025-W01"));
    }

    @Test
    void valuesWithNoDateGiveNone() {
        assertNull(Literals.factDate("PRESENT_REF"));
        assertNull(Literals.factDate("P3D"));
        assertNull(Literals.factDate("2024-WI"), "a winter spans New Year");
        assertNull(Literals.factDate("2023-02-30"));
        assertNull(Literals.factDate("2024-W54"));
        assertNull(Literals.factDate("XXXX-02-08"));
        assertNull(Literals.factDate("202X"));
    }

    @Test
    void plainDateAcceptsOnlyValuesThatAreDates() {
        assertNull(Literals.plainDate("2024-02-08T19:55"));
        assertNull(Literals.plainDate("2024-W08"));
        assertEquals(typed("1989", XSDDatatype.XSDgYear), Literals.plainDate("1989"));
    }
}
