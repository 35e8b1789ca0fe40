package org.skillcert.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A factory for a kind of storage, found through {@link ServiceLoader}
 * ({@code META-INF/services/org.skillcert.spi.StorageProvider}). Shipped: {@code memory} and
 * {@code jdbc}.
 *
 * <p>Choice is deterministic and never silent: if the configuration names a provider, exactly one
 * provider of that name must exist; otherwise exactly one provider must
 * {@link #supports support} the configuration. None or several is a {@link StorageException}
 * naming the candidates.
 *
 * @implSpec Implementations have a public no-argument constructor, are stateless and thread-safe;
 *     {@link #name()} is constant, lowercase.
 */
public interface StorageProvider {
    /** @return the provider's name, e.g. {@code "jdbc"} */
    String name();

    /**
     * Whether this provider can open a configuration that names no provider.
     *
     * @param config the configuration
     * @return true if it would take it
     */
    boolean supports(StorageConfig config);

    /**
     * Opens the storage.
     *
     * @param config the configuration
     * @return the three ports
     * @throws StorageException {@code BAD_CONFIG}, {@code BAD_TABLE_PREFIX}, {@code DATABASE}
     */
    Storage open(StorageConfig config);

    /**
     * Chooses a provider with the thread's context class loader and opens the storage.
     *
     * @param config the configuration
     * @return the storage
     * @throws StorageException {@code NO_PROVIDER}, {@code SEVERAL_PROVIDERS}, or as {@link #open}
     */
    static Storage load(StorageConfig config) {
        List<StorageProvider> found = new ArrayList<>();
        ServiceLoader.load(StorageProvider.class).forEach(found::add);
        return choose(config, found).open(config);
    }

    /**
     * Chooses the one provider for a configuration among candidates.
     *
     * @param config the configuration
     * @param candidates the providers to choose from
     * @return the chosen provider
     * @throws StorageException {@code NO_PROVIDER} or {@code SEVERAL_PROVIDERS}, listing the candidates
     *     by name and class in sorted order
     */
    static StorageProvider choose(StorageConfig config, List<StorageProvider> candidates) {
        List<StorageProvider> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(StorageProvider::name).thenComparing(p -> p.getClass().getName()));
        List<StorageProvider> matching = new ArrayList<>();
        for (StorageProvider p : sorted) {
            if (config.provider() != null ? config.provider().equals(p.name()) : p.supports(config)) {
                matching.add(p);
            }
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String wanted = config.provider() == null ? "supporting the configuration" : "named '" + config.provider() + "'";
        if (matching.isEmpty()) {
            throw new StorageException(StorageException.Reason.NO_PROVIDER, config.provider(), 0,
                    "no storage provider " + wanted + "; available: " + describe(sorted), null);
        }
        throw new StorageException(StorageException.Reason.SEVERAL_PROVIDERS, config.provider(), 0,
                "several storage providers " + wanted + ": " + describe(matching)
                        + "; name one in StorageConfig.provider", null);
    }

    private static String describe(List<StorageProvider> providers) {
        return providers.isEmpty() ? "none"
                : providers.stream().map(p -> p.name() + " (" + p.getClass().getName() + ")")
                        .collect(Collectors.joining(", "));
    }
}
