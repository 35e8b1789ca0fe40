package org.skillcert.examples.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValidateANumberTest {

    // the README's example: R-NUM-3 valid, R-NUM-4 national only, R-NUM-5 refused
    @Test
    void describesTypedNumbers() {
        assertEquals("S000044032001253000001: 深圳市, 2025, 三级/高级工, serial 1",
                ValidateANumber.describe(" s０００044032001253000001 "));
        assertEquals("Y000111000000253000001: a national number, not a Guangdong technical-school one",
                ValidateANumber.describe("Y000111000000253000001"));
        assertEquals("S000044032001253000000: refused, SERIAL at position 17",
                ValidateANumber.describe("S000044032001253000000"));
    }
}
