package org.skillcert.render.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The result of verifying one certificate PDF: the outcome, every finding with its reason, the
 * signatures, and what was read (number, QR code, printed details, registry status).
 */
public final class VerificationReport {
    private final String source;
    private final int pages;
    private final List<Finding> findings;
    private final List<SignatureReport> signatures;
    @Nullable
    private final String number;
    @Nullable
    private final String qrText;
    private final Map<String, String> printed;
    @Nullable
    private final String registryStatus;
    private final boolean trustChecked;

    VerificationReport(Builder b) {
        this.source = b.source;
        this.pages = b.pages;
        this.findings = List.copyOf(b.findings);
        this.signatures = List.copyOf(b.signatures);
        this.number = b.number;
        this.qrText = b.qrText;
        this.printed = Collections.unmodifiableMap(new LinkedHashMap<>(b.printed));
        this.registryStatus = b.registryStatus;
        this.trustChecked = b.trustChecked;
    }

    /**
     * Returns the verdict: the worst outcome among the findings, {@link Outcome#VALID} when there are none.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        Outcome worst = Outcome.VALID;
        for (Finding f : findings) {
            if (f.reason().outcome().ordinal() < worst.ordinal()) {
                worst = f.reason().outcome();
            }
        }
        return worst;
    }

    /**
     * Tells whether the certificate is valid: signed, unmodified, every check agreeing.
     *
     * @return true for {@link Outcome#VALID}
     */
    public boolean isValid() {
        return outcome() == Outcome.VALID;
    }

    /**
     * Tells whether a finding with this reason was made.
     *
     * @param reason the reason
     * @return true if present
     */
    public boolean has(Finding.Reason reason) {
        return findings.stream().anyMatch(f -> f.reason() == reason);
    }

    /** @return what was verified: the file name given */
    public String source() {
        return source;
    }

    /** @return the number of pages, 0 when unreadable */
    public int pages() {
        return pages;
    }

    /** @return every finding, in the order made */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the signatures, in file order */
    public List<SignatureReport> signatures() {
        return signatures;
    }

    /** @return the certificate number read from the text layer */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** @return the text of the decoded QR code */
    public Optional<String> qrText() {
        return Optional.ofNullable(qrText);
    }

    /**
     * Returns the printed details read from the page by layout field id ({@code holder.name},
     * {@code id.number}, {@code occupation}, {@code job}, {@code skill.level}, {@code certificate.number}).
     *
     * @return an unmodifiable map in layout order; the ID number is the caller's own data, do not log it
     */
    public Map<String, String> printed() {
        return printed;
    }

    /** @return the registry status (ISSUED, SUPERSEDED, REVOKED, VOID, NOT_FOUND) when a registry was consulted */
    public Optional<String> registryStatus() {
        return Optional.ofNullable(registryStatus);
    }

    /** @return whether the signer was checked against trust anchors (false: no trust list was given) */
    public boolean trustChecked() {
        return trustChecked;
    }

    @Override
    public String toString() {
        return source + ": " + outcome() + (findings.isEmpty() ? "" : " " + findings);
    }

    /** Collects a report; used by the verifier. */
    static final class Builder {
        final String source;
        int pages;
        final List<Finding> findings = new ArrayList<>();
        final List<SignatureReport> signatures = new ArrayList<>();
        @Nullable
        String number;
        @Nullable
        String qrText;
        final Map<String, String> printed = new LinkedHashMap<>();
        @Nullable
        String registryStatus;
        boolean trustChecked;

        Builder(String source) {
            this.source = Objects.requireNonNull(source);
        }

        Builder add(Finding.Reason reason, String detail) {
            findings.add(new Finding(reason, detail));
            return this;
        }

        VerificationReport build() {
            return new VerificationReport(this);
        }
    }
}
