package accord.http.agreements.validation;

/** Message templates that quote client input must not let that input be interpolated. */
final class Templates {

    private Templates() {
    }

    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
