package accord.benchmark.rebuild;

/**
 * One line of the report.
 *
 * @param name what was measured
 * @param value the figure, formatted with its unit
 * @param target the target, or empty when there is none
 * @param met whether the target is met, or null when there is none
 */
record Figure(String name, String value, String target, Boolean met) {

    static Figure info(String name, String value) {
        return new Figure(name, value, "", null);
    }

    String verdict() {
        return met == null ? "" : met ? "yes" : "NO";
    }
}
