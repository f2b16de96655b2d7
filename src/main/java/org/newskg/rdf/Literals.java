package org.newskg.rdf;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.newskg.ingest.ArticleDate;

/**
 * The typed literals newskg writes. Dates come in two strengths: {@link #plainDate} accepts only a TIMEX3
 * value that is itself a date, year-month or year; {@link #factDate} gives the most precise of those three
 * that contains any TIMEX3 value (a week, a quarter, a time of day), which is what a fact's date needs.
 * <pre>{@code
 * Literals.factDate("2024-02-08T19:55");   // "2024-02-08"^^xsd:date
 * Literals.factDate("2024-Q1");            // "2024"^^xsd:gYear
 * }</pre>
 * Stateless and thread-safe.
 */
final class Literals {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_AND_MORE = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T.*");
    private static final Pattern WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})(-WE)?");
    // Quarters, halves and the seasons that lie inside one year (TIMEX3 winter, WI, spans New Year).
    private static final Pattern PART_OF_YEAR = Pattern.compile("([0-9]{4})-(Q[1-4]|H[12]|SP|SU|FA)");

    private Literals() {
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /** An offset or index, typed as NIF types them. */
    static Node offset(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** Jena's canonical double form, the one TDB2 gives back, so written and stored terms are equal. */
    static Node real(double d) {
        return NodeValue.makeDouble(d).asNode();
    }

    static Node dateTime(ArticleDate d) {
        RDFDatatype type = d.hasTime() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate;
        return NodeFactory.createLiteralDT(d.lexical(), type);
    }

    static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /**
     * The value as an XML Schema date literal when it is a plain, valid date, year-month or year
     * (TIMEX3 values such as {@code 2023-W41} or {@code 2024-02-08T19:55} have no such form); else null.
     */
    static Node plainDate(String value) {
        try {
            if (DATE.matcher(value).matches()) {
                return day(LocalDate.parse(value));
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth.parse(value);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
            }
        } catch (DateTimeException e) {
            return null;
        }
        if (YEAR.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
        }
        return null;
    }

    /**
     * The most precise xsd:date, xsd:gYearMonth or xsd:gYear that contains the TIMEX3 value, or null when
     * none does (a duration, a reference such as PRESENT_REF, a winter across New Year, an invalid date).
     */
    static Node factDate(String value) {
        Node plain = plainDate(value);
        if (plain != null) {
            return plain;
        }
        Matcher m = DATE_AND_MORE.matcher(value);
        if (m.matches()) {
            return plainDate(m.group(1));
        }
        m = PART_OF_YEAR.matcher(value);
        if (m.matches()) {
            return plainDate(m.group(1));
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** An ISO week lies in one month, in one year, or across New Year. */
    private static Node week(int weekYear, int week) {
        LocalDate monday;
        try {
            LocalDate mid = LocalDate.of(weekYear, 6, 15);
            if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate sunday = monday.plusDays(6);
        if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
            return plainDate(YearMonth.from(monday).toString());
        }
        if (monday.getYear() == sunday.getYear()) {
            return plainDate(Integer.toString(monday.getYear()));
        }
        return null;
    }
}
