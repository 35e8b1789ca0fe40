package org.skillcert.render.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.Samples;

/**
 * BouncyCastle is an optional dependency: with it hidden (a class loader over the test class path
 * without its jars) the library loads, renders and verifies unsigned certificates; a signed one is
 * reported SIGNATURE_NOT_CHECKED, and building a signer fails with BOUNCYCASTLE_MISSING naming
 * what to add.
 */
class WithoutBouncyCastleTest {

    @Test
    @SuppressWarnings("unchecked")
    void theLibraryWorksWithoutBouncyCastleAndSigningSaysWhatToAdd(@TempDir Path dir) throws Exception {
        TestPki.Issued ca = TestPki.ca("CA", TestPki.ec());
        TestPki.Issued signer = TestPki.signer(ca, "school", TestPki.ec());
        Path p12 = TestPki.pkcs12(dir.resolve("k.p12"), signer, "pw".toCharArray());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Samples.renderer().render(Samples.certificate(), pdf);
        byte[] signed = CertificateSigner.builder(signer.signingKey()).build().sign(pdf.toByteArray());

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !entry.contains("bouncycastle")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.bouncycastle.cms.CMSSignedData", false, loader));
            Class<?> probe = Class.forName(NoBouncyCastleProbe.class.getName(), true, loader);
            assertTrue(probe.getClassLoader() == loader, "the probe must come from the loader without BouncyCastle");
            List<String> out = (List<String>) probe.getMethod("run", String.class, String.class, byte[].class)
                    .invoke(null, p12.toString(), "pw", signed);
            assertTrue(out.get(0).startsWith("rendered "), out.toString());
            assertEquals("NOT_SIGNED", out.get(1), out.toString());
            assertEquals("SIGNATURE_NOT_CHECKED", out.get(2), out.toString());
            assertTrue(out.get(3).startsWith("BOUNCYCASTLE_MISSING: signing needs BouncyCastle: add"
                    + " org.bouncycastle:bcpkix-jdk18on:1.87 and org.bouncycastle:bcprov-jdk18on:1.87"), out.toString());
        }
    }
}
