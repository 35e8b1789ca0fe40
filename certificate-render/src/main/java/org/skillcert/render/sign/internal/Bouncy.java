package org.skillcert.render.sign.internal;

import java.util.List;
import java.util.Optional;
import org.skillcert.render.sign.SignException;

/**
 * Whether BouncyCastle is on the class path: one class of each of its three jars is looked up
 * (without initialising it) through the loader that loaded this library.
 */
public final class Bouncy {
    /** What to add, for messages. */
    public static final String ARTIFACTS = "org.bouncycastle:bcpkix-jdk18on:1.87 and org.bouncycastle:bcprov-jdk18on:1.87";

    private static final List<String> PROBES = List.of(
            "org.bouncycastle.cms.CMSSignedDataGenerator", // bcpkix
            "org.bouncycastle.asn1.ess.SigningCertificateV2", // bcutil, which bcpkix brings
            "org.bouncycastle.asn1.ASN1Primitive"); // bcprov

    private Bouncy() {
    }

    /**
     * Returns the first BouncyCastle class that cannot be loaded, or empty when all can.
     *
     * @return the missing class's name
     */
    public static Optional<String> missing() {
        for (String name : PROBES) {
            try {
                Class.forName(name, false, Bouncy.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Throws {@code BOUNCYCASTLE_MISSING} naming what to add when BouncyCastle is missing.
     *
     * @param what what was being done, for the message, e.g. "signing"
     * @throws SignException {@code BOUNCYCASTLE_MISSING}
     */
    public static void require(String what) {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            throw new SignException(SignException.Reason.BOUNCYCASTLE_MISSING, missing.get(),
                    what + " needs BouncyCastle: add " + ARTIFACTS + " to the class path (class "
                            + missing.get() + " not found)", null);
        }
    }
}
