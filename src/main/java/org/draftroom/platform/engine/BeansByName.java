package org.draftroom.platform.engine;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;

import java.util.AbstractMap;
import java.util.Set;

/** Lets process expressions such as {@code ${coSponsorshipDeadline}} resolve named Micronaut beans. */
final class BeansByName extends AbstractMap<Object, Object> {
    private final ApplicationContext context;

    BeansByName(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && context.containsBean(Object.class, Qualifiers.byName(name));
    }

    @Override
    public Object get(Object key) {
        return key instanceof String name ? context.findBean(Object.class, Qualifiers.byName(name)).orElse(null) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
