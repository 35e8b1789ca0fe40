package org.skillcert.core.identity;

/** The sex encoded in an 18-character resident ID number (odd 17th digit = male, GB 11643). */
public enum Sex {
    /** 男. */
    MALE,
    /** 女. */
    FEMALE
}
