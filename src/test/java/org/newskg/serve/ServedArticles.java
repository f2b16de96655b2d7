package org.newskg.serve;

import java.nio.file.Path;
import java.util.List;
import org.newskg.pipeline.Resources;
import org.newskg.pipeline.SharedResources;

/** Articles written for the serving tests (countries and people other than the sample's), and the shared models. */
public final class ServedArticles {

    /** The project's data directory (the launcher's newskg.home, else the working directory). */
    public static final Path DATA = Path.of(System.getProperty("newskg.home", "."), "data");

    private ServedArticles() {
    }

    /** The models and knowledge, loaded once per test JVM (seconds). */
    public static Resources resources() {
        return SharedResources.shipped();
    }

    public static final String NAIROBI = """
            Published: 09:15, June 4, 2024
            Kenya and Tanzania agree to share port data
            By Testwire

            NAIROBI, June 4 (Testwire) - Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday, his office said.

            The two leaders agreed to share cargo data between the ports of Mombasa and Dar es Salaam from next year.
            """;

    public static final String LIMA = """
            Published: 16:40, September 12, 2023
            Peru and Chile sign fisheries accord
            By Testwire

            LIMA, Sept 12 (Testwire) - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Tuesday and the two governments signed an agreement on anchovy fishing.

            "The sea does not know our border," Boric told reporters after the meeting.
            """;

    public static final String WARSAW_HTML = """
            <html><head><title>Poland and Lithuania open rail link</title>
            <meta name="date" content="2024-05-20"></head>
            <body><article><h1>Poland and Lithuania open rail link</h1>
            <p>WARSAW, May 20 (Testwire) - Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda opened a new rail link between Warsaw and Vilnius on Monday.</p>
            <p>The line cuts the journey between the two capitals to five hours, the Polish transport ministry said.</p>
            </article></body></html>
            """;

    /** Several short articles in one JSON Lines upload, each about a different pair of countries. */
    public static String briefs() {
        String[][] pairs = {{"Ghana", "Ghanaian", "President John Mahama", "Accra"}, {"Indonesia", "Indonesian", "President Joko Widodo", "Jakarta"},
            {"Norway", "Norwegian", "Prime Minister Jonas Gahr Store", "Oslo"}, {"Uruguay", "Uruguayan", "President Luis Lacalle Pou", "Montevideo"},
            {"Vietnam", "Vietnamese", "Prime Minister Pham Minh Chinh", "Hanoi"}};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i++) {
            String[] p = pairs[i];
            String text = p[3].toUpperCase(java.util.Locale.ROOT) + ", April " + (i + 2) + " (Testwire) - " + p[1] + " " + p[2]
                    + " visited the port of " + p[3] + " on Monday and promised new investment, officials said. "
                    + "The visit was the first of its kind this year, according to a statement numbered " + (200 + i) + ".";
            b.append("{\"url\":\"https://testwire.example/briefs/").append(i).append("\",\"title\":\"").append(p[0])
                    .append(" leader visits port\",\"published\":\"2024-04-0").append(i + 2).append("\",\"text\":\"")
                    .append(text).append("\"}\n");
        }
        return b.toString();
    }

    public static List<String> briefTitles() {
        return List.of("Ghana leader visits port", "Indonesia leader visits port", "Norway leader visits port",
                "Uruguay leader visits port", "Vietnam leader visits port");
    }
}
