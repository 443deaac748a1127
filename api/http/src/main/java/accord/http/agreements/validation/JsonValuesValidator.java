package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks {@link JsonValues}: reports each wrong value with where it is, up to ten of them. */
public class JsonValuesValidator implements ConstraintValidator<JsonValues, Map<?, ?>> {

    private static final int MOST_REPORTED = 10;

    @Override
    public boolean isValid(Map<?, ?> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        check(value, "", 1, count, problems);
        if (count[0] > JsonValues.VALUES) {
            problems.add(0, "holds more than " + JsonValues.VALUES + " values");
        }
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (String problem : problems.subList(0, Math.min(MOST_REPORTED, problems.size()))) {
            context.buildConstraintViolationWithTemplate(Templates.literal(problem)).addConstraintViolation();
        }
        return false;
    }

    private static void check(Object value, String path, int depth, int[] count, List<String> problems) {
        if (++count[0] > JsonValues.VALUES || problems.size() >= MOST_REPORTED) {
            return;
        }
        if (value instanceof Map<?, ?> object) {
            if (depth > JsonValues.DEPTH) {
                problems.add(at(path) + "is nested more than " + JsonValues.DEPTH + " levels deep");
                return;
            }
            for (Map.Entry<?, ?> member : object.entrySet()) {
                String key = String.valueOf(member.getKey());
                String problem = PlainTextValidator.problemOf(key, false);
                String shown = problem == null && key.length() <= 100 ? key : "?";
                String inner = path.isEmpty() ? shown : path + "." + shown;
                if (problem != null) {
                    problems.add(at(inner) + "the name " + problem);
                }
                check(member.getValue(), inner, depth + 1, count, problems);
            }
        } else if (value instanceof List<?> array) {
            if (depth > JsonValues.DEPTH) {
                problems.add(at(path) + "is nested more than " + JsonValues.DEPTH + " levels deep");
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), path + "[" + i + "]", depth + 1, count, problems);
            }
        } else if (value instanceof CharSequence text) {
            String problem = PlainTextValidator.problemOf(text, true);
            if (problem != null) {
                problems.add(at(path) + problem);
            }
        } else if (value instanceof Number number) {
            if (!ExactNumberValidator.isExact(number)) {
                problems.add(at(path) + "a number must be a whole number up to 9007199254740991, or have at most 15 "
                        + "significant digits and 15 decimal places");
            }
        } else if (value != null && !(value instanceof Boolean)) {
            problems.add(at(path) + "is not a JSON value");
        }
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : "at '" + path + "': ";
    }
}
