package accord.benchmark;

import java.io.PrintStream;
import java.util.List;

/**
 * One line of the report.
 *
 * @param name what was measured
 * @param value the figure, formatted with its unit
 * @param target the target, or empty when there is none
 * @param met whether the target is met, or null when there is none
 */
public record Figure(String name, String value, String target, Boolean met) {

    /** @return a figure without a target */
    public static Figure info(String name, String value) {
        return new Figure(name, value, "", null);
    }

    String verdict() {
        return met == null ? "" : met ? "yes" : "NO";
    }

    /** Prints the figures as one Markdown table, its columns aligned. */
    public static void print(List<Figure> figures, PrintStream out) {
        if (figures.isEmpty()) {
            return;
        }
        int width = figures.stream().mapToInt(figure -> figure.name().length()).max().orElse(10);
        int valueWidth = figures.stream().mapToInt(figure -> figure.value().length()).max().orElse(10);
        int targetWidth = Math.max(6, figures.stream().mapToInt(figure -> figure.target().length()).max().orElse(6));
        String row = "| %-" + width + "s | %-" + valueWidth + "s | %-" + targetWidth + "s | %-4s |%n";
        out.println();
        out.printf(row, "figure", "value", "target", "met");
        out.printf(row, "-".repeat(width), "-".repeat(valueWidth), "-".repeat(targetWidth), "----");
        figures.forEach(figure -> out.printf(row, figure.name(), figure.value(), figure.target(), figure.verdict()));
    }
}
