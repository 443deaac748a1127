package accord.http.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns a body Jackson could not read into a problem naming each wrong field and what it should be
 * ({@link JsonBodyConverter} lists them all); a body that is not JSON at all gets the line and
 * column of its syntax error.
 */
final class JsonReadProblems {

    private static final int LONGEST_FIELD_ECHOED = 100;

    private JsonReadProblems() {
    }

    static InvalidRequest of(HttpMessageNotReadableException failure) {
        JsonBodyConverter.BodyProblems wrong = find(failure, JsonBodyConverter.BodyProblems.class);
        if (wrong != null) {
            return everyProblemOf(wrong.fields());
        }
        UnrecognizedPropertyException unknown = find(failure, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String field = pathOf(unknown);
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new InvalidRequest(RequestProblem.UNKNOWN_FIELD,
                    "The body has a field this request does not know: '" + field + "'. Remove it or check its spelling.",
                    List.of(new FieldProblem(field, "UNKNOWN_FIELD", "is not a field here; the fields are: " + known)));
        }
        JsonParseException syntax = find(failure, JsonParseException.class);
        if (syntax != null) {
            return malformed(syntax.getLocation());
        }
        JsonMappingException mapping = find(failure, JsonMappingException.class);
        if (mapping == null && find(failure, InputCoercionException.class) == null
                && find(failure, StreamConstraintsException.class) == null) {
            return new InvalidRequest(RequestProblem.MALFORMED_JSON,
                    "The body is missing or is not JSON; send a JSON object with Content-Type application/json.", List.of());
        }
        String field = mapping == null ? "" : pathOf(mapping);
        if (field.isEmpty()) {
            return new InvalidRequest(RequestProblem.MALFORMED_JSON,
                    "The body must be a single JSON object.", List.of());
        }
        FieldProblem problem = fieldProblem(field, failure, mapping);
        return new InvalidRequest(RequestProblem.VALIDATION_FAILED,
                "The field '" + field + "' " + problem.message() + ".", List.of(problem));
    }

    /**
     * A body with only unknown fields is UNKNOWN_FIELD, as before; one with other wrong fields too
     * is VALIDATION_FAILED, and each field keeps its own code.
     */
    private static InvalidRequest everyProblemOf(List<FieldProblem> fields) {
        List<FieldProblem> unknown = fields.stream().filter(field -> field.code().equals("UNKNOWN_FIELD")).toList();
        if (unknown.size() == fields.size()) {
            String names = fields.stream().map(field -> "'" + field.field() + "'").collect(Collectors.joining(", "));
            return new InvalidRequest(RequestProblem.UNKNOWN_FIELD, (fields.size() == 1
                    ? "The body has a field this request does not know: " : "The body has fields this request does not know: ")
                    + names + ". Remove them or check their spelling.", fields);
        }
        return new InvalidRequest(RequestProblem.VALIDATION_FAILED, FieldProblems.countedIn(fields), fields);
    }

    private static InvalidRequest malformed(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new InvalidRequest(RequestProblem.MALFORMED_JSON, "The body is not valid JSON.", List.of());
        }
        return new InvalidRequest(RequestProblem.MALFORMED_JSON,
                "The body is not valid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ".",
                List.of(), Map.of("line", location.getLineNr(), "column", location.getColumnNr()));
    }

    static FieldProblem fieldProblem(String field, Throwable failure, JsonMappingException mapping) {
        if (find(failure, InputCoercionException.class) != null || find(failure, StreamConstraintsException.class) != null) {
            return new FieldProblem(field, "OUT_OF_RANGE", "is too large for this field");
        }
        if (mapping instanceof InvalidNullException) {
            return new FieldProblem(field, "REQUIRED", "must not be null");
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new FieldProblem(field, "INVALID_VALUE", "must be one of " + constantsOf(format.getTargetType()));
        }
        if (mapping instanceof ValueInstantiationException) {
            return new FieldProblem(field, "INVALID_VALUE", "has a value that cannot be used here");
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return new FieldProblem(field, "WRONG_TYPE", "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldProblem(field, "INVALID_VALUE", "has a value that cannot be used here");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type.isEnum()) {
            return "one of " + constantsOf(type);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String constantsOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String pathOf(JsonMappingException mapping) {
        return pathOf(mapping.getPath());
    }

    /** @return the references as a field path: {@code parties[1].code} */
    static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                String name = reference.getFieldName();
                if (name.length() > LONGEST_FIELD_ECHOED) {
                    name = name.substring(0, LONGEST_FIELD_ECHOED) + "…";
                }
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
