package org.flourish.lrs.xapi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedJsonReaderTest {

    private final BoundedJsonReader reader = new BoundedJsonReader(new JsonLimits(4, 10, 20, 8));

    private String refusal(String json) {
        return assertThrows(MalformedJsonException.class, () -> reader.read(json)).getMessage();
    }

    @Test
    void valuesWithinTheLimitsAreReadAsTheStandardReaderReadsThem() {
        JsonValue value = reader.read("{\"a\":[1,2.50,{\"b\":[true,null]}],\"c\":\"12345678\",\"d\":-1e20}");

        assertEquals("{\"a\":[1,2.50,{\"b\":[true,null]}],\"c\":\"12345678\",\"d\":-1E+20}", value.toString());
    }

    @Test
    void nestingBeyondTheDepthIsRefusedWithWhere() {
        assertTrue(refusal("[[[[[1]]]]]").startsWith("nests arrays and objects deeper than 4 (line 1, column "));
        assertTrue(refusal("[".repeat(5000) + "]".repeat(5000)).contains("deeper than 4"));
    }

    @Test
    void longNumbersAndHugeExponentsAreRefusedBeforeTheyAreMade() {
        assertTrue(refusal("[12345678901]").startsWith("has a number longer than 10 characters"));
        assertTrue(refusal("[1e21]").startsWith("has a number whose exponent is beyond 20"));
        assertTrue(refusal("[1E-000000000021]").contains("longer than 10"));
        assertEquals("[1E-20]", reader.read("[1e-0020]").toString());
    }

    @Test
    void longStringsAndNamesAreRefused() {
        assertTrue(refusal("[\"123456789\"]").startsWith("has a string longer than 8 characters"));
        assertTrue(refusal("{\"123456789\":1}").startsWith("has a string longer than 8 characters"));
    }

    @Test
    void duplicateNamesInOneObjectAreRefusedButNotAcrossObjects() {
        assertTrue(refusal("{\"a\":1,\"b\":{\"a\":2},\"a\":3}").startsWith("has property \"a\" twice in one object"));
        assertEquals("{\"a\":{\"a\":1}}", reader.read("{\"a\":{\"a\":1}}").toString());
    }

    @Test
    void anythingButExactlyOneJsonValueIsRefused() {
        assertTrue(refusal("").startsWith("is empty"));
        assertTrue(refusal("{}{").startsWith("has more after the JSON value")
                || refusal("{}{").startsWith("is not valid JSON"));
        assertTrue(refusal("{\"a\":").startsWith("is not valid JSON"));
        assertTrue(refusal("[1,]").startsWith("is not valid JSON"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheFirstBadByte() {
        byte[] bytes = {'[', '"', 'a', (byte) 0xFF, '"', ']'};

        assertEquals("is not valid UTF-8 (byte 3)",
                assertThrows(MalformedJsonException.class, () -> reader.read(bytes)).getMessage());
        byte[] truncated = {'[', '"', (byte) 0xC3, '"', ']'};
        assertThrows(MalformedJsonException.class, () -> reader.read(truncated));
        assertEquals("[\"é\"]", reader.read("[\"é\"]".getBytes(StandardCharsets.UTF_8)).toString());
    }
}
