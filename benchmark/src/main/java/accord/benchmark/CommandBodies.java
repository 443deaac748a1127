package accord.benchmark;

/** The JSON bodies of the commands the benchmarks send, as a clerk would fill them in. */
public final class CommandBodies {

    /** A source every recorded fact cites. */
    public static final String SOURCE = "{\"publisher\":\"Benchmark\",\"title\":\"Synthetic load\","
            + "\"url\":\"https://bench.accord.example/1\",\"publishedOn\":\"2025-09-23\",\"language\":\"en\"}";
    private static final String PARTIES = "[{\"code\":\"KR\",\"kind\":\"STATE\",\"name\":\"Republic of Korea\"},"
            + "{\"code\":\"BLACKROCK\",\"kind\":\"ORGANISATION\",\"name\":\"BlackRock\"}]";
    private static final String SIGNATORIES = "[{\"name\":\"Lee Jae Myung\",\"title\":\"President\",\"party\":\"KR\"},"
            + "{\"name\":\"Larry Fink\",\"title\":\"Chief Executive Officer\",\"party\":\"BLACKROCK\"}]";

    private CommandBodies() {
    }

    /**
     * @param title the agreement's title
     * @return the body of {@code POST /agreements/{id}/sign-mou}: a new MoU between two parties,
     *     which records one event
     */
    public static String signMoU(String title) {
        return "{\"title\":\"" + title + "\",\"parties\":" + PARTIES
                + ",\"signatories\":" + SIGNATORIES
                + ",\"occurredOn\":{\"date\":\"2025-09-22\",\"precision\":\"DAY\"},\"place\":\"New York\""
                + ",\"objectives\":[\"Develop a hyperscale AI data centre\"],\"termYears\":10"
                + ",\"sources\":[" + SOURCE + "]}";
    }

    /**
     * @param text what was said
     * @return the body of {@code POST /agreements/{id}/record-statement}, which records one event
     */
    public static String recordStatement(String text) {
        return "{\"speaker\":{\"name\":\"A spokesperson\"},\"text\":\"" + text + "\","
                + "\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},\"sources\":[" + SOURCE + "]}";
    }
}
