package accord.http.problems;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;

/**
 * Lists every wrong field of a JSON body in one go. Jackson stops at the first value it cannot
 * bind (a string where a number belongs, an unknown enum constant), so the body is read again as a
 * tree: each value Jackson refuses is noted and taken out, and the binding is tried again, until
 * it succeeds. Unknown fields are noted on the way ({@link UnknownFields}). What could be bound is
 * then validated, and its violations are added, except those that only follow from taking a value
 * out (it is missing now, which says nothing new).
 *
 * <p>Runs only for a body that was already refused, so a valid body is read once, as usual. A body
 * that is not JSON at all has no fields to list; its syntax error stands alone.
 */
final class FieldByFieldReading {

    /** More wrong values than this in one body are not looked for. */
    private static final int MOST_ATTEMPTS = 50;

    private final ObjectMapper mapper;
    private final Validator validator;

    FieldByFieldReading(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * @param body a JSON body that binding to {@code type} refused, or that had unknown fields
     * @return every problem found, or empty when the body cannot be read field by field (it is not a
     *     JSON object, or a value is wrong in a way no field can be blamed for)
     */
    Optional<List<FieldProblem>> problemsOf(byte[] body, JavaType type) {
        JsonNode tree;
        try {
            tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (tree == null || !tree.isObject()) {
            return Optional.empty();
        }
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        Set<String> takenOut = new HashSet<>();
        Object bound = null;
        for (int attempt = 0; attempt < MOST_ATTEMPTS && bound == null; attempt++) {
            UnknownFields.takeNoted();
            try {
                bound = mapper.readerFor(type).readValue(mapper.treeAsTokens(tree));
            } catch (JsonMappingException refused) {
                List<JsonMappingException.Reference> path = refused.getPath();
                String field = JsonReadProblems.pathOf(refused);
                Optional<String> taken = field.isEmpty() ? Optional.empty() : takeOut(tree, path, found.containsKey(field));
                if (taken.isEmpty()) {
                    break;
                }
                takenOut.add(taken.get());
                found.putIfAbsent(field, JsonReadProblems.fieldProblem(field, refused, refused));
            } catch (IOException unreadable) {
                break;
            } finally {
                UnknownFields.takeNoted().forEach(unknown -> found.putIfAbsent(unknown.field(), unknown));
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<FieldProblem> problems = new ArrayList<>(found.values());
        if (bound != null) {
            BeanPropertyBindingResult violations = new BeanPropertyBindingResult(bound, "body");
            validator.validate(bound, violations);
            FieldProblems.of(violations).stream()
                    .filter(violation -> takenOut.stream().noneMatch(taken -> related(violation.field(), taken)))
                    .forEach(problems::add);
        }
        return Optional.of(List.copyOf(problems));
    }

    /**
     * Takes the refused value out of the tree: a member is removed, an array element becomes null.
     * When that value was taken out before and is refused again (a null element is no better), the
     * value holding it is taken out instead.
     */
    private static Optional<String> takeOut(JsonNode tree, List<JsonMappingException.Reference> path, boolean again) {
        int depth = again ? path.size() - 1 : path.size();
        if (depth < 1) {
            return Optional.empty();
        }
        JsonNode parent = tree;
        for (int i = 0; i < depth - 1 && parent != null; i++) {
            parent = step(parent, path.get(i));
        }
        JsonMappingException.Reference last = path.get(depth - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return Optional.of(JsonReadProblems.pathOf(path.subList(0, depth)));
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            if (array.get(last.getIndex()).isNull()) {
                return again ? Optional.empty() : takeOut(tree, path, true);
            }
            array.setNull(last.getIndex());
            return Optional.of(JsonReadProblems.pathOf(path.subList(0, depth)));
        }
        return Optional.empty();
    }

    private static JsonNode step(JsonNode node, JsonMappingException.Reference reference) {
        if (reference.getFieldName() != null) {
            return node.get(reference.getFieldName());
        }
        return reference.getIndex() >= 0 ? node.get(reference.getIndex()) : null;
    }

    /**
     * A violation on a value taken out, inside it, or on a field holding it (a rule over the whole
     * {@code occurredOn} that misses its {@code precision}) follows from taking it out; only
     * the object as a whole keeps its own violations.
     */
    private static boolean related(String field, String taken) {
        return within(field, taken) || !field.isEmpty() && within(taken, field);
    }

    private static boolean within(String field, String holder) {
        return field.equals(holder) || field.startsWith(holder + ".") || field.startsWith(holder + "[");
    }
}
