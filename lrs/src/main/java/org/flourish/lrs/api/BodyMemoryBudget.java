package org.flourish.lrs.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flourish.lrs.error.XapiException;

/**
 * Gives each request's body a share of the {@link BodyMemory} budget when it starts to be read, for its announced
 * length ({@code Content-Length}; the largest accepted body when it comes in chunks), and gives it back when the
 * request ends. A body that cannot have its share is refused (503, or 413 when it could never fit) by the resource
 * reading it, through the usual error mapping. Requests whose body is never read (GET, refused credentials) take none.
 */
@WebFilter(urlPatterns = {"/xapi/*", "/admin/*", "/bulk/*"})
public class BodyMemoryBudget extends HttpFilter {

    private static final long DRAIN_BOUND = 256L << 20;

    // Field injection: the servlet container makes filters through their no-argument constructor.
    @Inject
    private BodyMemory memory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (BodyMemory.Share share = memory.share()) {
            chain.doFilter(new Budgeted(request, share), response);
        }
    }

    /** The request, whose body takes its share before the bytes are handed on. */
    private static final class Budgeted extends HttpServletRequestWrapper {
        private final BodyMemory.Share share;
        private ServletInputStream body;

        Budgeted(HttpServletRequest request, BodyMemory.Share share) {
            super(request);
            this.share = share;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedBody(super.getInputStream(), share, getContentLengthLong());
            }
            return body;
        }
    }

    private static final class CountedBody extends ServletInputStream {
        private final ServletInputStream in;
        private final BodyMemory.Share share;
        private final long announced;
        private boolean covered;

        CountedBody(ServletInputStream in, BodyMemory.Share share, long announced) {
            this.in = in;
            this.share = share;
            this.announced = announced;
        }

        /**
         * Takes the whole share at once, before the first bytes are handed on: requests that each took part of the
         * budget and waited for the rest would hold it all and wait for one another until every one was refused.
         */
        private void cover() throws IOException {
            if (covered) {
                return;
            }
            covered = true;
            try {
                share.take(announced < 0 ? share.largestBody() : Math.min(announced, share.maxRequestBytes()));
            } catch (XapiException refused) {
                drain();
                throw refused;
            }
        }

        /** Reads and drops the rest (up to a bound), so that the client, still sending, gets to read the refusal. */
        private void drain() throws IOException {
            byte[] buffer = new byte[8192];
            long drained = 0;
            for (int n = in.read(buffer); n >= 0 && drained < DRAIN_BOUND; n = in.read(buffer)) {
                drained += n;
            }
        }

        @Override
        public int read() throws IOException {
            cover();
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            cover();
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
