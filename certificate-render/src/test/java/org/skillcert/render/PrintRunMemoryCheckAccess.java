package org.skillcert.render;

/** Lets benchmarks in other packages draw the endless stream of distinct sample certificates. */
public final class PrintRunMemoryCheckAccess {
    private PrintRunMemoryCheckAccess() {
    }

    /** Distinct certificates (each its own number), with the sample photo, without end. */
    public static Iterable<CertificateContent> certificates() {
        return PrintRunMemoryCheck.certificates(Integer.MAX_VALUE, Samples.photoJpeg());
    }
}
