package org.flourish.pathways.web.http;

import java.util.Map;

import org.flourish.pathways.web.i18n.Messages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Thymeleaf's {@code #{key(args)}} from the web app's message bundles, in the page's language. */
final class BundleMessages implements IMessageResolver {

    private final Map<String, Messages> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String getName() {
        return "flourish-bundles";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Messages messages = byLanguage.computeIfAbsent(context.getLocale().getLanguage(), Messages::in);
        return messages.has(key) ? messages.get(key, parameters == null ? new Object[0] : parameters) : null;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        return "??" + key + "??";
    }
}
