package accord.http.problems;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.validation.Validator;

/**
 * Jackson's converter with the strict mapper ({@link StrictJsonReading}), which answers a wrong
 * body with every wrong field at once: when Jackson refuses a value, or the body has unknown
 * fields, the body is read again field by field ({@link FieldByFieldReading}) and the refusal
 * carries everything found, Bean Validation's violations included ({@link BodyProblems}).
 * Request bodies are already in memory and bounded ({@link RequestBodyLimit}).
 */
final class JsonBodyConverter extends MappingJackson2HttpMessageConverter {

    private final Supplier<Validator> validator;

    JsonBodyConverter(ObjectMapper strict, Supplier<Validator> validator) {
        super(strict);
        this.validator = validator;
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        return readListingEveryProblem(getJavaType(type, contextClass), input);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        return readListingEveryProblem(getJavaType(type, null), input);
    }

    private Object readListingEveryProblem(JavaType type, HttpInputMessage input) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        HttpInputMessage again = new Read(input.getHeaders(), body);
        UnknownFields.takeNoted();
        Object value;
        try {
            value = super.read(type, null, again);
        } catch (HttpMessageNotReadableException refused) {
            Optional<List<FieldProblem>> problems = fieldByField().problemsOf(body, type);
            if (problems.isEmpty()) {
                throw refused;
            }
            throw new HttpMessageNotReadableException("The body has wrong fields.", new BodyProblems(problems.get()), again);
        }
        List<FieldProblem> unknown = UnknownFields.takeNoted();
        if (!unknown.isEmpty()) {
            List<FieldProblem> problems = fieldByField().problemsOf(body, type).orElse(unknown);
            throw new HttpMessageNotReadableException("The body has unknown fields.", new BodyProblems(problems), again);
        }
        return value;
    }

    private FieldByFieldReading fieldByField() {
        return new FieldByFieldReading(getObjectMapper(), validator.get());
    }

    /** Every problem of a body, carried to {@link JsonReadProblems}. */
    static final class BodyProblems extends RuntimeException {

        private final transient List<FieldProblem> fields;

        BodyProblems(List<FieldProblem> fields) {
            super("wrong fields", null, false, false);
            this.fields = List.copyOf(fields);
        }

        List<FieldProblem> fields() {
            return fields;
        }
    }

    private record Read(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }
    }
}
