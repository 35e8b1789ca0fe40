package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoTest {
    private static PDImageXObject onlyImage(PDDocument doc) throws IOException {
        PDResources res = doc.getPage(0).getResources();
        PDImageXObject found = null;
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject image) {
                found = image;
            }
        }
        return found;
    }

    @Test
    void aJpegIsEmbeddedByteForByte() throws IOException {
        byte[] jpeg = Samples.photoJpeg();
        try (PDDocument doc = Loader.loadPDF(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))) {
            PDImageXObject image = onlyImage(doc);
            assertEquals(COSName.DCT_DECODE, image.getCOSObject().getFilters());
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                assertArrayEquals(jpeg, raw.readAllBytes());
            }
        }
    }

    @Test
    void aPngFileIsSupported(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("photo.png");
        try (InputStream in = Samples.class.getResourceAsStream("sample-photo.png")) {
            Files.write(png, in.readAllBytes());
        }
        CertificateContent c = Samples.certificate().toBuilder().photo(Photo.of(png)).build();
        try (PDDocument doc = Loader.loadPDF(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC))) {
            PDImageXObject image = onlyImage(doc);
            assertEquals(413, image.getWidth());
            assertEquals(579, image.getHeight());
        }
    }

    @Test
    void otherFormatsAndUnreadableFilesAreClearErrors(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("photo.gif");
        Files.write(gif, new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0});
        CertificateContent withGif = Samples.certificate().toBuilder().photo(Photo.of(gif)).build();
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.renderer().render(withGif, new ByteArrayOutputStream()));
        assertEquals(RenderException.Reason.PHOTO_UNSUPPORTED, e.reason());
        assertEquals(gif.toString(), e.input());

        Path missing = dir.resolve("missing.jpg");
        CertificateContent withMissing = Samples.certificate().toBuilder().photo(Photo.of(missing)).build();
        assertEquals(RenderException.Reason.PHOTO_UNREADABLE, assertThrows(RenderException.class,
                () -> Samples.renderer().render(withMissing, new ByteArrayOutputStream())).reason());

        byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0, 1, 2, 3};
        CertificateContent withBrokenJpeg = Samples.certificate().toBuilder().photo(Photo.of(brokenJpeg)).build();
        assertEquals(RenderException.Reason.PHOTO_UNREADABLE, assertThrows(RenderException.class,
                () -> Samples.renderer().render(withBrokenJpeg, new ByteArrayOutputStream())).reason());

        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        CertificateContent withBroken = Samples.certificate().toBuilder().photo(Photo.of(brokenPng)).build();
        assertEquals(RenderException.Reason.PHOTO_UNREADABLE, assertThrows(RenderException.class,
                () -> Samples.renderer().render(withBroken, new ByteArrayOutputStream())).reason());
    }
}
