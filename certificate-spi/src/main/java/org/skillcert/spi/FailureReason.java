package org.skillcert.spi;

/**
 * Why skillcert refused something: implemented by the closed reason enum of each failure family
 * ({@link StockException.Reason}, {@link RegistryException.Reason}, …), so that
 * {@link SkillcertException#reason()} reaches every family's reason from the root type.
 *
 * <p>Callers branch on the concrete enum (a {@code switch} over
 * {@code ((StockException) e).reason()}, or {@code e.reason() == StockException.Reason.NOT_IN_STOCK});
 * {@link #name()} is the stable constant name for logs and JSON. Only skillcert's enums implement it.
 */
public interface FailureReason {
    /**
     * Returns the constant's name, as {@link Enum#name()}.
     *
     * @return the name, e.g. {@code "NOT_IN_STOCK"}
     */
    String name();
}
