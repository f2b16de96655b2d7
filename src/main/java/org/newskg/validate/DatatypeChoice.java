package org.newskg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;

/**
 * An {@code sh:or} whose alternatives are each a bare {@code sh:datatype} ({@code sh:or ( [ sh:datatype xsd:int ]
 * [ sh:datatype xsd:integer ] )}, as shapes.ttl writes a span's offsets and the dates), decided by a direct test of
 * the value. Jena validates each alternative as a shape in a new context with its own report model: on a 300-article
 * ingest the span offsets' {@code sh:or}s were ~30% of SHACL (bench/README.md, session 36).
 *
 * <p>A value that passes is what Jena's {@code sh:datatype} accepts: a literal of exactly that datatype whose lexical
 * form is valid for it. A value that passes no alternative is handed to Jena's own {@code sh:or}, so a violation is
 * reported with Jena's entry, word for word. shapes.ttl is unchanged and stays the contract any SHACL engine runs;
 * {@link #compile} only swaps the parsed constraint object, and leaves every other {@code sh:or} to Jena.
 */
final class DatatypeChoice extends ShOr {

    private final String[] uris;
    private final RDFDatatype[] types;

    private DatatypeChoice(List<Shape> alternatives, List<DatatypeConstraint> datatypes) {
        super(alternatives);
        this.uris = datatypes.stream().map(DatatypeConstraint::getDatatypeURI).toArray(String[]::new);
        this.types = datatypes.stream().map(DatatypeConstraint::getRDFDatatype).toArray(RDFDatatype[]::new);
    }

    @Override
    public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
        if (node.isLiteral()) {
            String dt = node.getLiteralDatatypeURI();
            for (int i = 0; i < uris.length; i++) {
                if (uris[i].equals(dt) && types[i].isValid(node.getLiteralLexicalForm())) {
                    return null;
                }
            }
        }
        return super.validate(vCxt, data, node);
    }

    /** Replaces, in the parsed shapes, each {@code sh:or} of bare datatypes by a {@code DatatypeChoice}; returns how many. */
    static int compile(Shapes shapes) {
        int replaced = 0;
        for (Iterator<Shape> it = shapes.iteratorAll(); it.hasNext(); ) {
            Shape shape = it.next();
            replaced += compile(shape);
            for (Shape property : shape.getPropertyShapes()) {
                replaced += compile(property);
            }
        }
        return replaced;
    }

    /** The shape's constraints, in their order, with its sh:or of bare datatypes replaced (Jena's collection is written in place). */
    private static int compile(Shape shape) {
        Collection<Constraint> constraints = shape.getConstraints();
        List<Constraint> out = new ArrayList<>(constraints.size());
        int replaced = 0;
        for (Constraint c : constraints) {
            List<DatatypeConstraint> datatypes = c instanceof ShOr or && !(or instanceof DatatypeChoice) ? bareDatatypes(or.getOthers()) : null;
            if (datatypes != null) {
                out.add(new DatatypeChoice(((ShOr) c).getOthers(), datatypes));
                replaced++;
            } else {
                out.add(c);
            }
        }
        if (replaced > 0) {
            constraints.clear();
            constraints.addAll(out);
        }
        return replaced;
    }

    /** The alternatives' datatypes when each is an active node shape with one sh:datatype and nothing else; else null. */
    private static List<DatatypeConstraint> bareDatatypes(List<Shape> alternatives) {
        List<DatatypeConstraint> out = new ArrayList<>();
        for (Shape s : alternatives) {
            if (!s.isNodeShape() || s.deactivated() || !s.getPropertyShapes().isEmpty() || s.getConstraints().size() != 1
                    || !(s.getConstraints().iterator().next() instanceof DatatypeConstraint d)) {
                return null;
            }
            out.add(d);
        }
        return out.isEmpty() ? null : out;
    }
}
