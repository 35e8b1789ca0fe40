package org.skillcert.spi;

/**
 * Where a received blank sheet is (R-STK-3, Guarantee 2): every received sheet is in exactly one
 * of these states.
 */
public enum SheetState {
    /** In the store room, not handed out (入库). */
    IN_STOCK,
    /** Handed out to a named custodian or printer (申领), still blank. */
    HANDED_OUT,
    /** Printed with one certificate number. */
    PRINTED,
    /** Spoiled (废证), waiting to be destroyed (R-STK-4). */
    SPOILED,
    /** Lost, with the circumstances recorded (R-STK-4). */
    LOST,
    /** Destroyed in front of two witnesses (R-STK-4). */
    DESTROYED
}
