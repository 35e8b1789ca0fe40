package org.skillcert.render.font;

/**
 * What a piece of text is set in (RULES R-LAY-3, R-LAY-4, R-LAY-5).
 */
public enum FontRole {
    /** 楷体: title, body text, labels, institution block. */
    KAI,
    /** 仿宋: the filled-in values (R-LAY-4). */
    FANGSONG,
    /** 宋体: the seal text (R-LAY-5). */
    SONG,
    /** Times-metric serif: English text and numbers. */
    LATIN
}
