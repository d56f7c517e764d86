package org.flourish.pathways.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No interface string is written in a template: every word a person reads comes from the message bundles (through
 * {@code th:text} and the like) or from the data. What is left of a template once its tags are removed is blank or
 * punctuation, and no attribute a person reads (title, alt, placeholder, aria-label) carries a word of its own.
 */
class TemplatesSayNothingOfTheirOwnTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/org/flourish/pathways/web/templates");
    private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
            Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");

    @Test
    void templatesHaveNoTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                String html = COMMENT.matcher(Files.readString(file)).replaceAll("");
                String text = TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ");
                if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    found.add(file.getFileName() + ": " + text.strip().replaceAll("\\s+", " "));
                }
                Matcher attributes = READ_ATTRIBUTE.matcher(html);
                while (attributes.find()) {
                    if (attributes.group(2).codePoints().anyMatch(Character::isLetter)
                            && !(attributes.group(1).equals("value") && isFormValue(attributes.group(2)))) {
                        found.add(file.getFileName() + ": " + attributes.group(0).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Values a form sends back, never shown: "yes", "no", "1". */
    private static boolean isFormValue(String value) {
        return value.matches("[a-z0-9-]{1,12}");
    }
}
