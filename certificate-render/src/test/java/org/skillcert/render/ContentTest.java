package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.skillcert.render.form.ProofContent;

class ContentTest {
    @Test
    void theCertificateNumberMustHaveTheNationalShape() {
        // R-NUM-1: 1 uppercase letter + 21 digits; the error names the position
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.certificate().toBuilder().certificateNumber("S0000440120002530O0001").build());
        assertEquals(RenderException.Reason.CONTENT_INVALID, e.reason());
        assertEquals(18, e.position());
        assertEquals(1, assertThrows(RenderException.class,
                () -> Samples.certificate().toBuilder().certificateNumber("s000044012000253000001").build()).position());
        assertEquals(RenderException.Reason.CONTENT_INVALID, assertThrows(RenderException.class,
                () -> Samples.certificate().toBuilder().certificateNumber("S00004401200025300001").build()).reason());
    }

    @Test
    void requiredValuesAndTheSheetNumberAreChecked() {
        assertEquals("holder name", assertThrows(RenderException.class,
                () -> Samples.certificate().toBuilder().holderName(" ").build()).input());
        assertEquals("sheet number", assertThrows(RenderException.class,
                () -> Samples.certificate().toBuilder().sheetNumber("1234").build()).input());
    }

    @Test
    void anEmptyJobReadsDashes() {
        // R-CERT-4
        assertEquals("--", Samples.certificate().toBuilder().job("  ", null).build().job());
        assertEquals("--", ProofContent.of(Samples.certificate()).build().job());
        assertEquals("", ProofContent.builder().build().job());
    }

    @Test
    void toStringLeavesOutTheIdNumber() {
        assertFalse(Samples.certificate().toString().contains("440106199003072816"));
    }
}
