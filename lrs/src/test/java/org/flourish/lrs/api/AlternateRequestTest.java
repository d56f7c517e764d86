package org.flourish.lrs.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flourish.lrs.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AlternateRequestTest {

    @Test
    void formFieldsSplitIntoHeadersQueryParametersAndContent() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("authorization", List.of("Basic a2V5OnNlY3JldA=="));
        form.put("X-Experience-API-Version", List.of("1.0.3"));
        form.put("Content-Type", List.of("application/json"));
        form.put("statementId", List.of("6f1f1c5c-1c73-4a8e-9b0e-3c0a7f6f5d11"));
        form.put("content", List.of("{\"actor\":{}}"));
        AlternateRequest request = AlternateRequest.of("PUT", form);
        assertEquals("PUT", request.method());
        assertEquals(Map.of("Authorization", "Basic a2V5OnNlY3JldA==", "X-Experience-API-Version", "1.0.3",
                "Content-Type", "application/json"), request.headers());
        assertEquals(Map.of("statementId", List.of("6f1f1c5c-1c73-4a8e-9b0e-3c0a7f6f5d11")), request.query());
        assertEquals(Optional.of("{\"actor\":{}}"), request.content());
    }

    @Test
    void contentTransferEncodingIsNotAHeaderFieldHereButAQueryParameter() {
        AlternateRequest request = AlternateRequest.of("GET", Map.of("Content-Transfer-Encoding", List.of("binary")));
        assertEquals(Map.of(), request.headers());
        assertEquals(Map.of("Content-Transfer-Encoding", List.of("binary")), request.query());
    }

    @Test
    void aHeaderSentAsAFormFieldIsFoundWhateverTheCaseOfItsName() {
        Map<String, List<String>> form = Map.of("AUTHORIZATION", List.of("Basic eDp5"), "content", List.of("{}"));
        assertEquals(Optional.of("Basic eDp5"), AlternateRequest.headerField(form, "Authorization"));
        assertEquals(Optional.empty(), AlternateRequest.headerField(form, "If-Match"));
    }

    @Test
    void aUrlEncodedBodyIsReadAsUtf8Fields() {
        byte[] body = "content=%7B%22name%22%3A%22Ama%C3%A9%22%7D&statementId=abc&flag"
                .getBytes(StandardCharsets.US_ASCII);
        Map<String, List<String>> form = AlternateRequest.formOf(body);
        assertEquals(List.of("{\"name\":\"Amaé\"}"), form.get("content"));
        assertEquals(List.of("abc"), form.get("statementId"));
        assertEquals(List.of(""), form.get("flag"));
    }

    @Test
    void anUnknownMethodOrARepeatedHeaderFieldIsRefused() {
        assertThrows(InvalidRequestException.class, () -> AlternateRequest.of("PATCH", Map.of()));
        assertThrows(InvalidRequestException.class, () -> AlternateRequest.of("PUT",
                Map.of("content", List.of("{}", "{}"))));
    }
}
