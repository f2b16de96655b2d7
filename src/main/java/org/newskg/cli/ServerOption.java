package org.newskg.cli;

import java.net.URI;
import java.nio.file.Path;
import org.newskg.NewsKgException;
import org.newskg.serve.Credentials;
import org.newskg.serve.SparqlServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code kg ingest} that send the articles to a running {@code kg serve --ingest} instead of a store. */
public final class ServerOption {

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the articles to a running 'kg serve --ingest' at URL (e.g. http://127.0.0.1:3030), which "
                    + "extracts and stores them; --store, --threads, --validate and the batch options are then the server's. "
                    + "Needs --password-env or --password-file.")
    URI server;

    @Option(names = "--user", paramLabel = "NAME",
            description = "With --server: the user to log in as (default: the one of --password-env, or the first of --password-file).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "With --server: an environment variable holding user:password (or only the password, with --user).")
    String passwordEnv;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --server: a file of user:password lines; the line of --user, else the first.")
    Path passwordFile;

    boolean given() {
        return server != null;
    }

    /** The ingest endpoint: URL as given when it ends in /kg/ingest, else URL/kg/ingest. */
    URI endpoint() {
        String url = server.toString().replaceAll("/+$", "");
        if (url.endsWith(SparqlServer.INGEST)) {
            return URI.create(url);
        }
        return URI.create(url.endsWith(SparqlServer.DATASET) ? url.substring(0, url.length() - SparqlServer.DATASET.length())
                + SparqlServer.INGEST : url + SparqlServer.INGEST);
    }

    /** The login to send; a missing or bad source is a usage error. */
    Credentials.Login login(CommandSpec spec) {
        if (passwordEnv == null && passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--server needs credentials: --password-env VAR or --password-file FILE");
        }
        if (passwordEnv != null && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "give --password-env or --password-file, not both");
        }
        try {
            if (passwordFile != null) {
                Credentials users = Credentials.fromFile(passwordFile);
                return user == null ? users.logins().get(0) : users.login(user).orElseThrow(() ->
                        new NewsKgException("password file " + passwordFile + " has no line for user " + user));
            }
            String value = System.getenv(passwordEnv);
            if (user != null && value != null && !value.isEmpty()) {
                return new Credentials.Login(user, value);
            }
            return Credentials.fromVariable(passwordEnv, value).logins().get(0);
        } catch (NewsKgException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
