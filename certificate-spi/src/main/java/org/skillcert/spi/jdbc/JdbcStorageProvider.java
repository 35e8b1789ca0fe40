package org.skillcert.spi.jdbc;

import java.time.Clock;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.StorageProvider;

/**
 * The {@code jdbc} provider: supports any configuration with a DataSource. Properties
 * {@code tablePrefix} (default {@value JdbcStorage#DEFAULT_PREFIX}) and {@code schema}
 * ({@code create}, the default, {@code validate} or {@code none}: see {@link SchemaMode}).
 */
public final class JdbcStorageProvider implements StorageProvider {
    /** The provider name, {@value}. */
    public static final String NAME = "jdbc";

    /** For {@link java.util.ServiceLoader}. */
    public JdbcStorageProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(StorageConfig config) {
        return config.dataSource() != null;
    }

    @Override
    public Storage open(StorageConfig config) {
        if (config.dataSource() == null) {
            throw new StorageException(StorageException.Reason.BAD_CONFIG, "dataSource", 0,
                    "the jdbc provider needs a DataSource", null);
        }
        String schema = config.properties().get("schema");
        return new JdbcStorage(config.dataSource(), config.properties().getOrDefault("tablePrefix",
                JdbcStorage.DEFAULT_PREFIX), Clock.systemUTC(), schema == null ? SchemaMode.CREATE : SchemaMode.parse(schema));
    }
}
