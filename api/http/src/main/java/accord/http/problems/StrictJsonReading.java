package accord.http.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads request bodies strictly: unknown fields, duplicate keys, numbers for enums or strings,
 * strings for numbers and trailing content are errors, so a clerk's typo is answered with a 400
 * instead of being silently dropped. Only the HTTP converters get the strict mapper; the
 * application's shared ObjectMapper (which Axon may use for events) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonReading implements WebMvcConfigurer {

    private final ObjectProvider<jakarta.validation.Validator> validators;

    StrictJsonReading(ObjectProvider<jakarta.validation.Validator> validators) {
        this.validators = validators;
    }

    /** Replaces Jackson's converter with one that reads strictly and lists every wrong field. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
                MappingJackson2HttpMessageConverter json = (MappingJackson2HttpMessageConverter) converters.get(i);
                converters.set(i, new JsonBodyConverter(strict(json.getObjectMapper()),
                        () -> new SpringValidatorAdapter(validators.getObject())));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addHandler(new UnknownFields());
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            strict.coercionConfigFor(number).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return strict;
    }
}
