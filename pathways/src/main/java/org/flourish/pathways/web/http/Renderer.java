package org.flourish.pathways.web.http;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page's template (HTML, every value escaped unless the template says otherwise) with its variables, in
 * the session's language. Templates are parsed once and cached.
 */
final class Renderer {

    private static final String TEMPLATES = "org/flourish/pathways/web/templates/";

    private final TemplateEngine engine = new TemplateEngine();
    private final JakartaServletWebApplication application;

    Renderer(ServletContext servletContext) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(Renderer.class.getClassLoader());
        templates.setPrefix(TEMPLATES);
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new BundleMessages());
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    void render(String template, Map<String, Object> model, String language, HttpServletRequest request,
                HttpServletResponse response, Writer out) throws IOException {
        WebContext context = new WebContext(application.buildExchange(request, response),
                Locale.forLanguageTag(language), model);
        engine.process(template, context, out);
    }
}
