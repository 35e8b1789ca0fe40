package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillcert.render.layout.Box;
import org.skillcert.render.internal.QrCode;

class QrTest {
    private static Result decode(BufferedImage page, Box qrBox, float dpi) throws Exception {
        double px = dpi / 25.4;
        int x = (int) ((qrBox.x() - 3) * px);
        int y = (int) ((qrBox.y() - 3) * px);
        int side = (int) ((qrBox.width() + 6) * px);
        BufferedImage crop = page.getSubimage(x, y, side, side);
        int[] rgb = crop.getRGB(0, 0, side, side, null, 0, side);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, rgb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }

    @Test
    void theCodeOnThePageDecodesToNumberNameAndQueryUrlAndNotTheIdNumber() throws Exception {
        CertificateContent c = Samples.certificate();
        byte[] pdf = Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC);
        Box qrBox = Samples.renderer().compose(c, Mode.ELECTRONIC).qrBox();
        Result result = decode(Pdfs.image(pdf, 300), qrBox, 300);
        assertEquals("S000044012000253000001\n陈晓明\nhttp://jndj.osta.org.cn", result.getText());
        assertFalse(result.getText().contains(c.idNumber()));
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void thePayloadIsPluggable() throws Exception {
        CertificateRenderer renderer = Samples.builder()
                .qrPayload(c -> "https://verify.example.cn/c/" + c.certificateNumber()).build();
        CertificateContent c = Samples.certificate().toBuilder().photo(null).build();
        byte[] pdf = Pdfs.certificate(renderer, c, Mode.OVERLAY);
        Result result = decode(Pdfs.image(pdf, 300), renderer.compose(c, Mode.OVERLAY).qrBox(), 300);
        assertEquals("https://verify.example.cn/c/S000044012000253000001", result.getText());
    }

    @Test
    void modulesAreOneVectorPathWithAFourModuleQuietZone() {
        CertificateContent c = Samples.certificate();
        Composition comp = Samples.renderer().compose(c, Mode.ELECTRONIC);
        Box box = comp.qrBox();
        double module = comp.qrModuleSize();
        assertTrue(module >= QrCode.MIN_MODULE_MM, "module " + module + " mm");
        double left = box.x() * Pdfs.PT;
        double top = (210 - box.y()) * Pdfs.PT;
        double side = box.width() * Pdfs.PT;
        List<PageInk.Mark> inQr = Pdfs.ink(Pdfs.certificate(Samples.renderer(), c, Mode.ELECTRONIC)).stream()
                .filter(m -> m.x0() >= left - 0.01 && m.x1() <= left + side + 0.01
                        && m.y1() <= top + 0.01 && m.y0() >= top - side - 0.01)
                .toList();
        assertEquals(1, inQr.size(), "one path, no image: " + inQr);
        PageInk.Mark path = inQr.get(0);
        assertEquals(PageInk.Kind.FILL, path.kind());
        double quiet = QrCode.QUIET_ZONE * module * Pdfs.PT;
        // finder patterns sit in three corners, so the dark modules start exactly after the quiet zone
        assertEquals(left + quiet, path.x0(), 0.01);
        assertEquals(top - quiet, path.y1(), 0.01);
        assertEquals(left + side - quiet, path.x1(), 0.01);
        assertEquals(top - side + quiet, path.y0(), 0.01);
    }

    @Test
    void aPayloadTooLongForTheBoxIsAClearError() {
        CertificateRenderer renderer = Samples.builder().qrPayload(c -> "x".repeat(1500)).build();
        RenderException e = assertThrows(RenderException.class,
                () -> renderer.compose(Samples.certificate(), Mode.ELECTRONIC));
        assertEquals(RenderException.Reason.QR_TOO_DENSE, e.reason());
        RenderException tooBig = assertThrows(RenderException.class,
                () -> Samples.builder().qrPayload(c -> "x".repeat(5000)).build().compose(Samples.certificate(), Mode.OVERLAY));
        assertEquals(RenderException.Reason.QR_TOO_DENSE, tooBig.reason());
    }
}
