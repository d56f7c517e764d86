package org.flourish.lrs.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;

/**
 * A {@code Date} header on every response (RFC 9110, 6.6.1: a server with a clock sends one). xAPI clients compute how
 * long to wait for consistency from it and {@code X-Experience-API-Consistent-Through}. Payara sends none itself.
 */
public class ResponseDate extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setDateHeader("Date", System.currentTimeMillis());
        chain.doFilter(request, response);
    }

    /** Registers the filter ahead of every annotated one, so that a refusal by authentication has the header too. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            event.getServletContext().addFilter("ResponseDate", ResponseDate.class)
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
        }
    }
}
