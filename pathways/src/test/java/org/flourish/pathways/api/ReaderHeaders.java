package org.flourish.pathways.api;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** The request headers JAX-RS would give a resource for a reader of these languages, asking for JSON. */
record ReaderHeaders(List<Locale> languages) implements HttpHeaders {

    @Override
    public List<String> getRequestHeader(String name) {
        return List.of();
    }

    @Override
    public String getHeaderString(String name) {
        return null;
    }

    @Override
    public MultivaluedMap<String, String> getRequestHeaders() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        return List.of(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        return languages;
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return Map.of();
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }
}
