package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class CredentialsTest {

    @TempDir
    Path tmp;

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPasswordFileSkipsCommentsAndBlankLinesAndKeepsColonsInPasswords() throws Exception {
        Path file = Files.writeString(tmp.resolve("users.txt"), "# newsroom\n\nines:Montevideo:1973 \n  tomas : harbour-Gdansk\n");
        Credentials users = Credentials.fromFile(file);
        assertEquals(2, users.logins().size());
        assertEquals(Optional.of("ines"), users.authenticate(basic("ines:Montevideo:1973")));
        assertEquals(Optional.of("tomas"), users.authenticate(basic("tomas:harbour-Gdansk")));
        assertEquals(Optional.of("tomas"), users.authenticate("basic " + basic("tomas:harbour-Gdansk").substring(6)), "the scheme's case");
    }

    @Test
    void wrongMissingOrMalformedCredentialsAuthenticateNobody() {
        Credentials users = Credentials.of(new Credentials.Login("ines", "Montevideo"));
        assertTrue(users.authenticate(null).isEmpty());
        assertTrue(users.authenticate(basic("ines:montevideo")).isEmpty(), "passwords are case-sensitive");
        assertTrue(users.authenticate(basic("ines:Montevideo ")).isEmpty());
        assertTrue(users.authenticate(basic("Ines:Montevideo")).isEmpty(), "user names too");
        assertTrue(users.authenticate(basic("ines")).isEmpty());
        assertTrue(users.authenticate("Basic %%%").isEmpty());
        assertTrue(users.authenticate("Bearer " + basic("ines:Montevideo").substring(6)).isEmpty());
    }

    @Test
    void badSourcesAreRefusedNamingThemWithoutShowingPasswords() throws Exception {
        Path file = Files.writeString(tmp.resolve("users.txt"), "ines:Montevideo\nsecret-without-user\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> Credentials.fromFile(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-without-user"), e.getMessage());
        assertThrows(NewsKgException.class, () -> Credentials.fromFile(Files.writeString(tmp.resolve("empty.txt"), "# nobody\n")));
        assertThrows(NewsKgException.class, () -> Credentials.fromFile(tmp.resolve("missing.txt")));
        NewsKgException unset = assertThrows(NewsKgException.class, () -> Credentials.fromVariable("KG_LOGIN", null));
        assertTrue(unset.getMessage().contains("KG_LOGIN is not set"), unset.getMessage());
        assertThrows(NewsKgException.class, () -> Credentials.fromVariable("KG_LOGIN", "ines:"));
        assertFalse(new Credentials.Login("ines", "Montevideo").toString().contains("Montevideo"));
    }

    @Test
    void aLoginsHeaderAuthenticatesIt() {
        Credentials.Login login = Credentials.fromVariable("KG_LOGIN", " ines:Montevideo ").logins().get(0);
        assertEquals(Optional.of("ines"), Credentials.of(login).authenticate(login.basicHeader()));
    }
}
