package org.skillcert.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;

/**
 * The upward data export (R-RPT-1, R-RPT-3): one row per certificate, as CSV for Excel (UTF-8 with
 * a byte-order mark) or as JSON Lines. Every certificate number is checked again against the
 * numbering rule before it is written (R-RPT-2); a certificate that fails is left out and
 * reported in the {@link ExportResult}, never exported silently.
 *
 * <p>Columns, in order: 证书编号, 姓名, 证件类型, 证件号码, 职业名称, 工种/职业方向, 职业技能等级,
 * 发证日期, 评价机构, 状态 (ISSUED, SUPERSEDED, REVOKED or VOID), 原证书编号 (the corrected
 * certificate, or empty).
 *
 * <p>The CSV is the format for machine upload. A spreadsheet program opening it reads a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula
 * (CSV injection); following the OWASP rule, such a cell is written with a leading apostrophe
 * ({@code '=1+2}), which Excel shows as text and does not store. The one exception is {@code --},
 * the printed text of "no job/direction" (R-CERT-4), which no spreadsheet reads as a formula. The
 * library refuses names that begin with these characters, so the apostrophe only ever appears on
 * data recorded before that check. For people, write a workbook whose cells are text (the CLI's
 * {@code export --format xlsx}, through {@link #rows}): ID numbers in a CSV opened in Excel lose
 * their last digits.
 */
public final class DataExport {
    /** The CSV header row. */
    public static final List<String> HEADER = List.of("证书编号", "姓名", "证件类型", "证件号码", "职业名称",
            "工种/职业方向", "职业技能等级", "发证日期", "评价机构", "状态", "原证书编号");
    private static final List<String> JSON_KEYS = List.of("number", "name", "idType", "idNumber", "occupation",
            "job", "level", "issueDate", "institution", "status", "supersedes");

    private final NumberingProfile profile;

    private DataExport(NumberingProfile profile) {
        this.profile = profile;
    }

    /**
     * An export that checks numbers under a profile.
     *
     * @param profile the numbering profile the data must conform to (R-NUM-6)
     * @return the export
     */
    public static DataExport checkedAgainst(NumberingProfile profile) {
        return new DataExport(profile);
    }

    /**
     * An export that checks numbers under the Guangdong technical-school profile.
     *
     * @return the export
     */
    public static DataExport guangdong() {
        return new DataExport(NumberingProfile.defaultProfile());
    }

    /**
     * Writes CSV: a byte-order mark, the header row, then one row per certificate (RFC 4180 quoting,
     * CRLF line ends). The writer must encode UTF-8.
     *
     * @param certificates the certificates, e.g. {@code registry.issuedBetween(from, to).iterator()}
     * @param out a UTF-8 writer; not closed
     * @return what was written and what was left out
     * @throws UncheckedIOException if writing fails
     */
    public ExportResult csv(Iterator<CertificateRecord> certificates, Writer out) {
        try {
            out.write('\uFEFF');
            line(out, HEADER);
            return rows(certificates, fields -> line(out, fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes JSON Lines: one JSON object per certificate and line, keys {@code number, name, idType,
     * idNumber, occupation, job, level, issueDate, institution, status, supersedes}.
     *
     * @param certificates the certificates
     * @param out a UTF-8 writer; not closed
     * @return what was written and what was left out
     * @throws UncheckedIOException if writing fails
     */
    public ExportResult jsonLines(Iterator<CertificateRecord> certificates, Writer out) {
        try {
            return rows(certificates, fields -> {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    b.append('"').append(JSON_KEYS.get(i)).append("\":");
                    json(b, fields.get(i));
                }
                out.write(b.append("}\n").toString());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where {@link #rows} sends each exported row; a writer of another format implements it.
     */
    @FunctionalInterface
    public interface RowSink {
        /**
         * Takes one row.
         *
         * @param fields the row's fields in the order of {@link #HEADER}, never null
         * @throws IOException if the row cannot be written
         */
        void accept(List<String> fields) throws IOException;
    }

    /**
     * Sends one row per certificate, as text in the order of {@link #HEADER}, to a sink of any
     * format; a certificate whose number fails the numbering rule is left out and reported
     * (R-RPT-2). The header is not sent.
     *
     * @param certificates the certificates
     * @param sink receives the rows
     * @return what was exported and what was left out
     * @throws IOException if the sink fails
     */
    public ExportResult rows(Iterator<CertificateRecord> certificates, RowSink sink) throws IOException {
        long exported = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        while (certificates.hasNext()) {
            CertificateRecord c = certificates.next();
            NumberVerdict verdict = CertificateNumber.check(c.number(), profile);
            if (!verdict.isValid()) {
                rejected.add(new RejectedRow(c.number(), verdict.reason().orElseThrow(), verdict.position(),
                        verdict.message().orElse("")));
                continue;
            }
            sink.accept(List.of(c.number(), c.holderName(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                    SkillLevel.of(c.level()).chineseText(), c.issueDate().toString(), c.institution(), c.status().name(),
                    c.supersedes() == null ? "" : c.supersedes()));
            exported++;
        }
        return new ExportResult(exported, rejected);
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = spreadsheetSafe(fields.get(i));
            // RFC 4180: quote only fields that contain a separator, a quote or a line break
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        out.write(b.append("\r\n").toString());
    }

    /**
     * Returns a cell's text as a spreadsheet reads it as text: with a leading apostrophe when it
     * begins with {@code = + - @}, a tab or a carriage return (OWASP CSV injection), except for
     * {@code --} (R-CERT-4).
     *
     * @param cell the cell's text
     * @return the text to write
     */
    public static String spreadsheetSafe(String cell) {
        if (cell.isEmpty() || cell.equals("--")) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    private static void json(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
