package org.skillcert.render.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What one signature in a PDF says: who signed, when, with which time-stamp, and what it covers.
 * Whether it holds is in the report's findings.
 */
public final class SignatureReport {
    private final String signer;
    private final String subFilter;
    @Nullable
    private final Instant claimedTime;
    @Nullable
    private final Instant timeStamp;
    @Nullable
    private final String timeStampAuthority;
    private final long signedBytes;
    private final long bytesAfter;
    private final boolean cryptographicallyValid;

    /**
     * Creates a signature report.
     *
     * @param signer the signer certificate's subject, or a description when unreadable
     * @param subFilter the signature dictionary's SubFilter
     * @param claimedTime the signing time the signer wrote into the signature dictionary, or null
     * @param timeStamp the time of a verified RFC 3161 time-stamp, or null
     * @param timeStampAuthority the time-stamp authority's subject, or null
     * @param signedBytes the bytes the signature covers, its value excluded
     * @param bytesAfter the bytes in the file after the signed range
     * @param cryptographicallyValid whether the digest and the signature value verify
     */
    public SignatureReport(String signer, String subFilter, @Nullable Instant claimedTime, @Nullable Instant timeStamp,
            @Nullable String timeStampAuthority, long signedBytes, long bytesAfter, boolean cryptographicallyValid) {
        this.signer = Objects.requireNonNull(signer);
        this.subFilter = Objects.requireNonNull(subFilter);
        this.claimedTime = claimedTime;
        this.timeStamp = timeStamp;
        this.timeStampAuthority = timeStampAuthority;
        this.signedBytes = signedBytes;
        this.bytesAfter = bytesAfter;
        this.cryptographicallyValid = cryptographicallyValid;
    }

    /** @return the signer certificate's subject (RFC 2253) */
    public String signer() {
        return signer;
    }

    /** @return the SubFilter, e.g. {@code ETSI.CAdES.detached} */
    public String subFilter() {
        return subFilter;
    }

    /** @return the signing time as the signer claims it (not proven without a time-stamp) */
    public Optional<Instant> claimedTime() {
        return Optional.ofNullable(claimedTime);
    }

    /** @return the time of the verified time-stamp, when the signature has one */
    public Optional<Instant> timeStamp() {
        return Optional.ofNullable(timeStamp);
    }

    /** @return the time-stamp authority's subject, when the signature has a time-stamp */
    public Optional<String> timeStampAuthority() {
        return Optional.ofNullable(timeStampAuthority);
    }

    /** @return how many bytes the signature covers */
    public long signedBytes() {
        return signedBytes;
    }

    /** @return how many bytes follow the signed range (0 when the signature covers the whole file) */
    public long bytesAfter() {
        return bytesAfter;
    }

    /** @return whether the message digest and the signature value verify */
    public boolean cryptographicallyValid() {
        return cryptographicallyValid;
    }

    @Override
    public String toString() {
        return "signed by " + signer + (timeStamp != null ? ", time-stamped " + timeStamp + " by " + timeStampAuthority
                : claimedTime != null ? ", at " + claimedTime + " (claimed, no time-stamp)" : "");
    }
}
