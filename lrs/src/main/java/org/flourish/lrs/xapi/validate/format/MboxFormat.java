package org.flourish.lrs.xapi.validate.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Agent identifiers built on email addresses (xAPI-Data 2.4.2.3). */
public final class MboxFormat {

    private static final String MAILTO = "mailto:";
    private static final int SHA1_HEX_LENGTH = 40;
    /** RFC 5322 3.2.3 {@code atext} beside letters and digits; RFC 6532 3.2 adds every non-ASCII character. */
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private MboxFormat() {
    }

    /**
     * {@code "mailto:" addr-spec}: the required format of {@code mbox} ("mailto:email address", xAPI-Data 2.4.2.3),
     * scheme as the spec writes it. A mailto IRI may name several addresses and header fields (RFC 6068 2); an mbox
     * identifies one person, so it must be exactly one address: no "," between addresses, no "?" before header fields,
     * and, percent-decoded, one {@code local-part "@" domain} (RFC 5322 3.4.1), so {@code mailto:a@b@c} is refused.
     */
    public static boolean isMailtoIri(String text) {
        if (!text.startsWith(MAILTO) || !IriFormat.isIri(text)) {
            return false;
        }
        String to = text.substring(MAILTO.length());
        if (to.indexOf(',') >= 0 || to.indexOf('?') >= 0) {
            return false;
        }
        return percentDecoded(to).filter(MboxFormat::isAddrSpec).isPresent();
    }

    /** The hex-encoded SHA-1 hash of a mailto IRI: 40 hexadecimal digits. */
    public static boolean isSha1Sum(String text) {
        if (text.length() != SHA1_HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < SHA1_HEX_LENGTH; i++) {
            if (!Chars.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code local-part "@" domain}, the local part a dot-atom or a quoted string, the domain a dot-atom or literal. */
    private static boolean isAddrSpec(String address) {
        int at;
        if (address.startsWith("\"")) {
            int close = closingQuote(address);
            if (close < 0 || close + 1 >= address.length() || address.charAt(close + 1) != '@') {
                return false;
            }
            at = close + 1;
        } else {
            at = address.indexOf('@');
            if (at < 0 || !isDotAtom(address.substring(0, at))) {
                return false;
            }
        }
        String domain = address.substring(at + 1);
        return domain.startsWith("[") ? isDomainLiteral(domain) : isDotAtom(domain);
    }

    /** The index of the quote ending the quoted string that starts the text, or -1 (RFC 5322 3.2.4). */
    private static int closingQuote(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            } else if (c < 0x20 || c == 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code 1*atext *("." 1*atext)}. */
    private static boolean isDotAtom(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            return false;
        }
        return text.codePoints().allMatch(c -> c == '.' || c >= 0x80 || Chars.isAlpha((char) c)
                || Chars.isDigit((char) c) || ATEXT_SYMBOLS.indexOf(c) >= 0);
    }

    /** {@code "[" *dtext "]"}: printable ASCII but "[", "]" and "\" (RFC 5322 3.4.1). */
    private static boolean isDomainLiteral(String text) {
        return text.length() > 2 && text.endsWith("]") && text.substring(1, text.length() - 1).chars()
                .allMatch(c -> c >= 33 && c <= 126 && c != '[' && c != ']' && c != '\\');
    }

    /** The text with its percent-encoded octets decoded as UTF-8; empty if they are not UTF-8. */
    private static Optional<String> percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%') {
                bytes.write(Integer.parseInt(new String(utf8, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
