package org.skillcert.spi;

import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Nullable;
import javax.sql.DataSource;

/**
 * How to open storage: an optional provider name, properties, and an optional {@link DataSource}
 * (the caller's; skillcert never pools connections itself).
 *
 * <p>Properties the shipped providers read: {@code tablePrefix} (JDBC; default {@code skillcert_})
 * and {@code schema} (JDBC: {@code create}, the default, {@code validate} or {@code none}; see
 * {@link org.skillcert.spi.jdbc.SchemaMode}).
 *
 * @param provider the provider name ({@code "memory"}, {@code "jdbc"}, a school's own), or null to
 *     let the providers that {@link StorageProvider#supports support} the configuration choose
 * @param properties provider-specific settings, copied
 * @param dataSource the database, or null
 */
public record StorageConfig(@Nullable String provider, Map<String, String> properties,
        @Nullable DataSource dataSource) {

    /** Copies the properties into a sorted, unmodifiable map. */
    public StorageConfig {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** @return a configuration for in-memory storage */
    public static StorageConfig memory() {
        return new StorageConfig("memory", Map.of(), null);
    }

    /**
     * A configuration for a database, provider chosen by {@link StorageProvider#supports}.
     *
     * @param dataSource the database
     * @return the configuration
     */
    public static StorageConfig of(DataSource dataSource) {
        return new StorageConfig(null, Map.of(), dataSource);
    }

    /**
     * This configuration with one more property.
     *
     * @param key the property name
     * @param value its value
     * @return a copy
     */
    public StorageConfig with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(properties);
        copy.put(key, value);
        return new StorageConfig(provider, copy, dataSource);
    }

    /**
     * This configuration naming a provider.
     *
     * @param name the provider name
     * @return a copy
     */
    public StorageConfig withProvider(String name) {
        return new StorageConfig(name, properties, dataSource);
    }
}
