package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;
import static org.newskg.extract.entity.ShippedRecognizer.mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * A political party's label of two words or more that no other entity shares is recognized from the knowledge base
 * (Party Facts), also with a lower-case "for", "of" or "and" inside it and no cue around it; before, parties were for
 * lookup only and the model saw no name but the country at the end. The sentences naming real parties are in
 * {@code src/test/resources/names/party-labels.txt} (name, tab, sentence); written for this test.
 */
class PartyLabelNamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2019, 9, 2));
    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));

    @Test
    void aPartysLabelIsOneOrganizationLinkedToTheParty() throws IOException {
        List<String> lines = Files.readAllLines(HOME.resolve("src/test/resources/names/party-labels.txt"), StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] f = line.split("\t");
            List<EntityMention> ms = NAMES.find(f[1]);
            EntityMention m = mention(ms, f[0], EntityType.ORGANIZATION);
            assertNotNull(m, f[0] + " should be an organization in " + ms);
            assertNotNull(m.kbQid(), f[0] + " should carry the party's QID: " + m);
            assertEquals(1, ms.stream().filter(x -> x.begin() < m.end() && m.begin() < x.end()).count(), "one name: " + ms);
        }
    }

    @Test
    void theCountryClosingAPartysLabelIsNoPlaceOfItsOwn() throws IOException {
        String[] f = Files.readAllLines(HOME.resolve("src/test/resources/names/party-labels.txt"), StandardCharsets.UTF_8).get(0)
                .split("\t");
        String lastWord = f[0].substring(f[0].lastIndexOf(' ') + 1);
        assertNotA(NAMES.find(f[1]), lastWord, EntityType.PLACE);
    }
}
