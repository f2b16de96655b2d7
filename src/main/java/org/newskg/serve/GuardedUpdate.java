package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Fuseki's update operation, refusing {@code LOAD} unless allowed: LOAD reads any file the server process can
 * read ({@code LOAD <file:///...>}) or any URL it can reach, into the store.
 *
 * <pre>{@code
 * builder.registerOperation(Operation.Update, new GuardedUpdate(false));
 * }</pre>
 * The update is read whole (the request size limit bounds it), checked, then run as Fuseki runs it. Thread-safe.
 */
final class GuardedUpdate extends SPARQL_Update {

    private final boolean allowLoad;

    GuardedUpdate(boolean allowLoad) {
        this.allowLoad = allowLoad;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (allowLoad) {
            super.execute(action, input);
            return;
        }
        byte[] update;
        try {
            update = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        if (loads(new String(update, StandardCharsets.UTF_8))) {
            ServletOps.errorForbidden("LOAD is disabled on this server (start kg serve with --allow-service)");
            return;
        }
        super.execute(action, new ByteArrayInputStream(update));
    }

    private static boolean loads(String update) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return false;   // Fuseki reports the syntax error itself
        }
        return request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
    }
}
