/**
 * The Flourish web app for mentors, coordinators and administrators: server-rendered pages over the engine's
 * services ({@code service}, {@code access}) and the LRS's administration API. Subpackages: {@code http} (sessions,
 * sign-in, CSRF, routing, rendering), {@code i18n} (languages and message bundles), {@code view} (what a page shows,
 * computed from the services), {@code pages} (one class per area: parse the form, call a service, choose a page),
 * {@code lrs} (the LRS admin API client). Nothing here is imported by the engine's other packages.
 */
package org.flourish.pathways.web;
