package org.flourish.lrs.api.multipart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartParserTest {

    /** The boundary of the example in xAPI-Communication 1.5.2, chosen there to show every allowed character class. */
    private static final String SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static final String SPEC_EXAMPLE = "--" + SPEC_BOUNDARY + "\r\n"
            + "Content-Type:application/json\r\n"
            + "\r\n"
            + "{\"statement\":true}\r\n"
            + "--" + SPEC_BOUNDARY + "\r\n"
            + "Content-Type:text/plain\r\n"
            + "Content-Transfer-Encoding:binary\r\n"
            + "X-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n"
            + "\r\n"
            + "here is a simple attachment\r\n"
            + "--" + SPEC_BOUNDARY + "--";

    @Test
    void theSpecExampleSplitsIntoTheStatementsAndOneAttachment() {
        List<BodyPart> parts = MultipartParser.parse(bytes(SPEC_EXAMPLE), SPEC_BOUNDARY);
        assertEquals(2, parts.size());
        assertEquals(Optional.of("application/json"), parts.get(0).header("content-type"));
        assertEquals("{\"statement\":true}", text(parts.get(0).content()));
        assertEquals(Optional.of("binary"), parts.get(1).header("Content-Transfer-Encoding"));
        assertEquals("here is a simple attachment", text(parts.get(1).content()));
    }

    @Test
    void bareLineFeedsAreReadAsLineBreaks() {
        String body = SPEC_EXAMPLE.replace("\r\n", "\n");
        List<BodyPart> parts = MultipartParser.parse(bytes(body), SPEC_BOUNDARY);
        assertEquals(2, parts.size());
        assertEquals("here is a simple attachment", text(parts.get(1).content()));
        assertEquals(Optional.of("text/plain"), parts.get(1).header("Content-Type"));
    }

    @Test
    void preambleEpilogueAndTransportPaddingAreIgnored() {
        String body = "This is the preamble.\r\n--b \t\r\nContent-Type: application/json\r\n\r\n[]\r\n--b--\r\n"
                + "This is the epilogue.\r\n";
        List<BodyPart> parts = MultipartParser.parse(bytes(body), "b");
        assertEquals(1, parts.size());
        assertEquals("[]", text(parts.get(0).content()));
    }

    @Test
    void binaryContentKeepsEveryOctetIncludingLineBreaksAndDashes() {
        byte[] data = {0, (byte) 0xff, '\r', '\n', '-', '-', 'x', '\r', '\n', '\r', '\n', 7};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("--xyz\r\nContent-Type: application/json\r\n\r\n{}\r\n--xyz\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(data);
        body.writeBytes(bytes("\r\n--xyz--\r\n"));
        List<BodyPart> parts = MultipartParser.parse(body.toByteArray(), "xyz");
        assertArrayEquals(data, parts.get(1).content());
    }

    @Test
    void foldedHeaderLinesAreJoined() {
        String body = "--b\r\nContent-Type: text/plain;\r\n charset=utf-8\r\n\r\nhi\r\n--b--";
        assertEquals(Optional.of("text/plain; charset=utf-8"),
                MultipartParser.parse(bytes(body), "b").get(0).header("Content-Type"));
    }

    @Test
    void aPartWithoutHeadersHasOnlyContent() {
        List<BodyPart> parts = MultipartParser.parse(bytes("--b\r\n\r\ndata\r\n--b--"), "b");
        assertTrue(parts.get(0).headers().isEmpty());
        assertEquals("data", text(parts.get(0).content()));
    }

    @Test
    void aBodyWithoutItsCloseDelimiterIsTruncated() {
        String truncated = SPEC_EXAMPLE.substring(0, SPEC_EXAMPLE.lastIndexOf("--" + SPEC_BOUNDARY));
        MalformedMultipartException refusal = assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes(truncated), SPEC_BOUNDARY));
        assertTrue(refusal.getMessage().contains("truncated"), refusal.getMessage());
        assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes("--b\r\nContent-Type: a/b\r\n\r\nhalf a pa"), "b"));
    }

    @Test
    void aBodyWithoutItsBoundaryOrWithoutPartsIsMalformed() {
        assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes(SPEC_EXAMPLE), "another-boundary"));
        assertThrows(MalformedMultipartException.class, () -> MultipartParser.parse(bytes("--b--\r\n"), "b"));
        assertThrows(MalformedMultipartException.class, () -> MultipartParser.parse(new byte[0], "b"));
    }

    @Test
    void aHeaderLineWithoutColonOrAnUnendedHeaderIsMalformed() {
        assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes("--b\r\nnot a header\r\n\r\nx\r\n--b--"), "b"));
        assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes("--b\r\nContent-Type: a/b\r\n--b--"), "b"));
    }

    @Test
    void textAfterTheBoundaryOnADelimiterLineIsMalformed() {
        assertThrows(MalformedMultipartException.class,
                () -> MultipartParser.parse(bytes("--bx\r\n\r\ndata\r\n--b--"), "b"));
    }

    @Test
    void whatTheWriterWritesTheParserReadsBack() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "image/png");
        headers.put("X-Experience-API-Hash", "abc");
        MultipartWriter writer = new MultipartWriter()
                .part(Map.of("Content-Type", "application/json"), bytes("{\"statements\":[]}"))
                .part(headers, new byte[] {1, 2, 3});
        byte[] body = writer.finish();
        String boundary = MultipartBoundary.of(writer.contentType()).orElseThrow();
        List<BodyPart> parts = MultipartParser.parse(body, boundary);
        assertEquals("{\"statements\":[]}", text(parts.get(0).content()));
        assertArrayEquals(new byte[] {1, 2, 3}, parts.get(1).content());
        assertEquals(Optional.of("abc"), parts.get(1).header("x-experience-api-hash"));
    }

    @Test
    void theBoundaryIsReadQuotedOrNotAndMissingOrInvalidOnesAreEmpty() {
        assertEquals(Optional.of(SPEC_BOUNDARY),
                MultipartBoundary.of("multipart/mixed; boundary=\"" + SPEC_BOUNDARY + "\""));
        assertEquals(Optional.of("simple"), MultipartBoundary.of("multipart/mixed;boundary=simple"));
        assertEquals(Optional.of("x"), MultipartBoundary.of("multipart/mixed; charset=\"a;b\"; Boundary=x"));
        assertEquals(Optional.empty(), MultipartBoundary.of("multipart/mixed"));
        assertEquals(Optional.empty(), MultipartBoundary.of("multipart/mixed; boundary="));
        assertEquals(Optional.empty(), MultipartBoundary.of("multipart/mixed; boundary=\"ends in space \""));
        assertEquals(Optional.empty(), MultipartBoundary.of("multipart/mixed; boundary=" + "x".repeat(71)));
    }
}
