package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.testutil.TestDirs;

/** {@code kg kb build} and {@code kg kb lookup} on the fixture sources of src/test/resources/kb-build. */
class KbBuildLookupCommandTest {

    private static final Path FIXTURE = Path.of(System.getProperty("newskg.home", ".")).resolve("src/test/resources/kb-build");

    @TempDir
    Path tmp;

    private Path built() throws IOException {
        Path data = TestDirs.copy(FIXTURE.resolve("data"), tmp.resolve("data"));
        CliRunner.Result r = CliRunner.run("kb", "build", "--data", data.toString(), "--sources", FIXTURE.resolve("sources").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("every-politician") && r.out().contains("distinct QIDs"), r.out());
        return data;
    }

    @Test
    void lookupChoosesThePresidentOfTheArticlesDate() throws IOException {
        Path data = built();
        CliRunner.Result y2000 = CliRunner.run("kb", "lookup", "President Varga", "--date", "2000-06-01", "--data", data.toString());
        assertEquals(ExitCodes.OK, y2000.exitCode(), y2000.err());
        assertTrue(y2000.out().contains("title: HEAD_OF_STATE"), y2000.out());
        assertTrue(y2000.out().contains("linked: Q9000101 Ana Varga"), y2000.out());
        CliRunner.Result y2010 = CliRunner.run("kb", "lookup", "President Varga", "--date", "2010-06-01", "--data", data.toString());
        assertTrue(y2010.out().contains("linked: Q9000102 Boris A. Varga"), y2010.out());
        // Before either was president: a title nobody of that name held then links nobody.
        CliRunner.Result y1990 = CliRunner.run("kb", "lookup", "President Varga", "--date", "1990-06-01", "--data", data.toString());
        assertTrue(y1990.out().contains("not linked"), y1990.out());
        CliRunner.Result bad = CliRunner.run("kb", "lookup", "Varga", "--date", "June 2000", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("--date must be YYYY-MM-DD"), bad.err());
    }

    @Test
    void buildWithoutSourcesFailsNamingTheFolder() {
        Path missing = tmp.resolve("no-such-sources");
        CliRunner.Result r = CliRunner.run("kb", "build", "--data", tmp.toString(), "--sources", missing.toString());
        assertTrue(r.exitCode() != ExitCodes.OK, r.out());
        assertTrue(r.err().contains(missing.toString()), r.err());
        CliRunner.Result none = CliRunner.run("kb", "build", "--data", tmp.toString());
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().contains("--sources DIR is required"), none.err());
    }

    @Test
    void aTitleEndingInAWildcardDoesNotSwallowTheFirstName() {
        // position-kinds.tsv has "secretary of *": "Secretary of State Madeleine" fits it too, but leaves a bare
        // surname; the shortest title that leaves a name the shipped KB knows is the one meant.
        Path data = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
        CliRunner.Result r = CliRunner.run("kb", "lookup", "Secretary of State Madeleine Albright", "--date", "1998-03-09",
                "--data", data.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Madeleine Albright (title: FOREIGN_MINISTER)"), r.out());
        assertTrue(r.out().contains("linked: Q174438 Madeleine Albright"), r.out());
    }
}
