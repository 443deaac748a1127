package accord.http.problems;

import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a body that had unknown fields once it has been read, before it is validated, listing
 * every one of them ({@link UnknownFields}).
 */
@ControllerAdvice
class UnknownFieldsRefusal extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> unknown = UnknownFields.takeNoted();
        if (!unknown.isEmpty()) {
            throw new HttpMessageNotReadableException("The body has unknown fields.", new Found(unknown), inputMessage);
        }
        return body;
    }

    /** The unknown fields found, carried to {@link JsonReadProblems}. */
    static final class Found extends RuntimeException {

        private final transient List<FieldProblem> fields;

        Found(List<FieldProblem> fields) {
            super("unknown fields", null, false, false);
            this.fields = List.copyOf(fields);
        }

        List<FieldProblem> fields() {
            return fields;
        }
    }
}
