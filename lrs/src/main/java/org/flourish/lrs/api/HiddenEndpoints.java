package org.flourish.lrs.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers 404 for the descriptions of the API that Payara Micro adds to the application at context root {@code /}:
 * MicroProfile OpenAPI's {@code /openapi} (its servlet is registered in this web module, so this filter sees it
 * first). They would list every resource and parameter to anyone without a credential; the README documents the API.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class HiddenEndpoints extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ErrorBody.of("no such resource").getBytes(StandardCharsets.UTF_8));
    }
}
