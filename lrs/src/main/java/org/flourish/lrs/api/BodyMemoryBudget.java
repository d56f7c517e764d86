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
 * Gives each request's body a share of the {@link BodyMemory} budget as it is read (in steps of
 * {@link #STEP} bytes), and gives it back when the request ends. A body that cannot have its share is refused
 * (503, or 413 when it could never fit) by the resource reading it, through the usual error mapping.
 */
@WebFilter(urlPatterns = {"/xapi/*", "/admin/*", "/bulk/*"})
public class BodyMemoryBudget extends HttpFilter {

    static final int STEP = 64 * 1024;
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
                body = new CountedBody(super.getInputStream(), share);
            }
            return body;
        }
    }

    private static final class CountedBody extends ServletInputStream {
        private final ServletInputStream in;
        private final BodyMemory.Share share;
        private long covered;
        private long read;

        CountedBody(ServletInputStream in, BodyMemory.Share share) {
            this.in = in;
            this.share = share;
        }

        /** Takes shares ahead of the bytes, a step at a time, so the budget is consulted rarely. */
        private void cover(int more) throws IOException {
            read += more;
            try {
                while (read > covered && covered <= share.maxRequestBytes()) {
                    share.take(STEP);
                    covered += STEP;
                }
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
            int b = in.read();
            if (b >= 0) {
                cover(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                cover(n);
            }
            return n;
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
