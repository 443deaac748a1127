package accord.http.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every unknown field of a request body, so that one answer lists them all: while Jackson reads a
 * body for a request, each unknown field is noted on the request and skipped, and
 * {@link JsonBodyConverter} refuses the body once it has been read. Outside a request, unknown
 * fields fail at once as usual.
 */
final class UnknownFields extends DeserializationProblemHandler {

    private static final String ATTRIBUTE = UnknownFields.class.getName();
    private static final int LONGEST_NAME_ECHOED = 100;
    private static final int MOST_NOTED = 20;

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return false;
        }
        List<FieldProblem> noted = noted(request);
        if (noted.size() < MOST_NOTED) {
            Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
            String fields = known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            noted.add(new FieldProblem(pathOf(parser, propertyName), "UNKNOWN_FIELD",
                    "is not a field here; the fields are: " + fields));
        }
        parser.skipChildren();
        return true;
    }

    /** @return the unknown fields noted while reading the current request's body, and forgets them */
    static List<FieldProblem> takeNoted() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        List<FieldProblem> noted = noted(request);
        request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return noted;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> noted(RequestAttributes request) {
        Object noted = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (noted instanceof List<?> list) {
            return (List<FieldProblem>) list;
        }
        List<FieldProblem> fresh = new ArrayList<>();
        request.setAttribute(ATTRIBUTE, fresh, RequestAttributes.SCOPE_REQUEST);
        return fresh;
    }

    private static String pathOf(JsonParser parser, String propertyName) {
        // Where the parser is depends on the value (an object or array is already entered) and on whether
        // Jackson buffered the record's tokens (its contexts then repeat the name): take the path of the
        // object holding the field, whatever trails it, then the field's name.
        List<String> segments = new ArrayList<>();
        // A tree's parser names the object it has just entered with an empty segment: it is skipped.
        for (JsonPointer at = parser.getParsingContext().pathAsPointer(); at != null && !at.matches(); at = at.tail()) {
            String segment = at.getMatchingIndex() >= 0 ? "[" + at.getMatchingIndex() + "]" : at.getMatchingProperty();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        while (!segments.isEmpty() && segments.get(segments.size() - 1).equals(propertyName)) {
            segments.remove(segments.size() - 1);
        }
        segments.add(propertyName);
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(path.isEmpty() || segment.startsWith("[") ? "" : ".").append(shortened(segment));
        }
        return path.toString();
    }

    private static String shortened(String name) {
        return name.length() > LONGEST_NAME_ECHOED ? name.substring(0, LONGEST_NAME_ECHOED) + "…" : name;
    }
}
