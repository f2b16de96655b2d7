package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.NewsKgException;

/**
 * The users allowed to write to a served store, and the HTTP basic authentication that checks them.
 *
 * <pre>{@code
 * Credentials users = Credentials.fromFile(Path.of("kg-users.txt"));      // lines "user:password"
 * Optional<String> who = users.authenticate(request.getHeader("Authorization"));
 * }</pre>
 * There is never a default user or password: credentials come from a file or an environment variable the
 * operator names. Immutable and thread-safe.
 */
public final class Credentials {

    /** One user and password, as read from a file or variable, or as sent by a client. */
    public record Login(String user, String password) {

        public Login {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.contains(":")) {
                throw new NewsKgException("a user name must be non-empty and hold no ':', got '" + user + "'");
            }
            if (password.isEmpty()) {
                throw new NewsKgException("user " + user + " has an empty password");
            }
        }

        /** The value of an {@code Authorization} header for this login. */
        public String basicHeader() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Login[" + user + "]";   // never the password, in logs or messages
        }
    }

    private final List<Login> logins;

    private Credentials(List<Login> logins) {
        if (logins.isEmpty()) {
            throw new NewsKgException("no user:password given");
        }
        this.logins = List.copyOf(logins);
    }

    public static Credentials of(Login... logins) {
        return new Credentials(List.of(logins));
    }

    /**
     * Reads a password file: one {@code user:password} a line (the password is the rest of the line, spaces
     * around it dropped); blank lines and lines starting with {@code #} are skipped.
     */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        List<Login> logins = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                logins.add(parse(line, file + ":" + (i + 1)));
            }
        }
        if (logins.isEmpty()) {
            throw new NewsKgException("password file " + file + " holds no user:password line");
        }
        return new Credentials(logins);
    }

    /** The login held by environment variable {@code name} as {@code user:password}; {@code value} is its value or null. */
    public static Credentials fromVariable(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new NewsKgException("environment variable " + name + " is not set (it should hold user:password)");
        }
        return new Credentials(List.of(parse(value.strip(), "environment variable " + name)));
    }

    /** Parses {@code user:password}; {@code where} names the source in the message when it is malformed. */
    public static Login parse(String userColonPassword, String where) {
        int colon = userColonPassword.indexOf(':');
        if (colon <= 0 || colon == userColonPassword.length() - 1) {
            throw new NewsKgException(where + ": expected user:password (the value is not shown)");
        }
        return new Login(userColonPassword.substring(0, colon).strip(), userColonPassword.substring(colon + 1).strip());
    }

    public List<Login> logins() {
        return logins;
    }

    /** The login of {@code user}, if there is one. */
    public Optional<Login> login(String user) {
        return logins.stream().filter(l -> l.user().equals(user)).findFirst();
    }

    /**
     * The user an {@code Authorization: Basic ...} header authenticates, or empty when the header is missing,
     * malformed, or names an unknown user or a wrong password.
     */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        // A comparison whose time does not depend on how much of the password was right.
        return login(user).filter(l -> MessageDigest.isEqual(l.password().getBytes(StandardCharsets.UTF_8), given))
                .map(Login::user);
    }
}
