package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newskg.NewsKgException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads TimeML {@code .tml} files in the TempEval-3 layout: the document creation time in
 * {@code <DCT><TIMEX3 value=.../></DCT>}, the text in {@code <TEXT>} with TIMEX3 (and EVENT, SIGNAL) tags.
 *
 * <pre>{@code
 * List<TimeMlDocument> docs = TimeMlReader.readDirectory(Path.of("te3-platinum"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class TimeMlReader {

    private TimeMlReader() {
    }

    /** All {@code .tml} files under a directory (recursively, sorted), or the one file given. */
    public static List<TimeMlDocument> readDirectory(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(read(dir));
        }
        if (!Files.isDirectory(dir)) {
            throw new NewsKgException("no TimeML directory or file at " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> tml = files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            if (tml.isEmpty()) {
                throw new NewsKgException("no .tml files under " + dir);
            }
            return tml.stream().map(TimeMlReader::read).toList();
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    public static TimeMlDocument read(Path file) {
        Document doc = parse(file);
        Element text = first(doc.getDocumentElement(), "TEXT");
        if (text == null) {
            throw new NewsKgException(file + ": no <TEXT> element, not a TimeML document");
        }
        StringBuilder sb = new StringBuilder();
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        collect(text, sb, timexes);
        return new TimeMlDocument(file.getFileName().toString(), sb.toString(), creationDate(doc, file), timexes);
    }

    private static void collect(Node node, StringBuilder sb, List<TimeMlDocument.Timex> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                int begin = sb.length();
                collect(child, sb, out);
                Element e = (Element) child;
                if (e.getTagName().equals("TIMEX3") && sb.length() > begin) {
                    out.add(new TimeMlDocument.Timex(begin, sb.length(), e.getAttribute("type"), e.getAttribute("value")));
                }
            }
        }
    }

    private static LocalDate creationDate(Document doc, Path file) {
        Element dct = first(doc.getDocumentElement(), "DCT");
        Element timex = dct == null ? null : first(dct, "TIMEX3");
        if (timex == null) {
            throw new NewsKgException(file + ": no <DCT><TIMEX3 value=...> creation time");
        }
        String value = timex.getAttribute("value");
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new NewsKgException(file + ": creation time '" + value + "' is not a date", e);
        }
    }

    private static Element first(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // TimeML files are data, not programs: no DTDs, no external entities.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new NewsKgException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
