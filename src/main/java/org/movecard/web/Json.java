package org.movecard.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly (no unknown fields, no coercion: "true" is not true, 7 is not text)
 * and writes responses; a body that does not fit is an {@link ApiError} naming the field. Jackson's
 * own messages, which may quote the value (a patient's name), are not passed on.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .withCoercionConfigDefaults(config -> {
                for (CoercionInputShape shape : CoercionInputShape.values()) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
            })
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ApiError(ApiError.BAD_REQUEST, null, "the request has no body",
                    "send a JSON object, e.g. {\"settings\": [\"chair\"]} (see docs/api.md)");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException syntax) {
                throw syntax(syntax);
            }
            throw mapping(e);
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (IOException e) {
            throw new ApiError(ApiError.BAD_REQUEST, null, "the body could not be read", null);
        }
    }

    private static ApiError syntax(JsonProcessingException e) {
        var at = e.getLocation();
        return new ApiError(ApiError.BAD_REQUEST, null, "the body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
                "send one JSON object; text goes in double quotes, lists in [ ]");
    }

    private static ApiError mapping(JsonMappingException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return ApiError.field(field, "unknown field",
                    "known fields: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof ValueInstantiationException) {
            return new ApiError(ApiError.BAD_REQUEST, null, "invalid request", "see docs/api.md");
        }
        if (field.isEmpty()) {
            return new ApiError(ApiError.BAD_REQUEST, null, "the body must be a JSON object",
                    "send e.g. {\"settings\": [\"chair\"]} (see docs/api.md)");
        }
        if (e instanceof MismatchedInputException m) {
            return ApiError.field(field, "expects " + expected(m.getTargetType()), "see docs/api.md for each field");
        }
        return ApiError.field(field, "has a value of the wrong kind", "see docs/api.md for each field");
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The field as written in the body: "moves[1]", "paper". */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list of texts, e.g. [\"chair\", \"standing\"]";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }
}
