package org.skillcert.core.report;

import java.util.List;

/**
 * What an upward export wrote and what it left out (R-RPT-2).
 *
 * @param exported rows written, one per certificate
 * @param rejected certificates left out, with the reason
 */
public record ExportResult(long exported, List<RejectedRow> rejected) {
    /** Copies the list. */
    public ExportResult {
        rejected = List.copyOf(rejected);
    }
}
