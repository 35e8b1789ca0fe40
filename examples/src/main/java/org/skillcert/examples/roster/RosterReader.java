package org.skillcert.examples.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads candidate rosters as schools export them: CSV (UTF-8 with or without BOM, or GBK,
 * detected as described in {@link RosterText}; comma- or tab-separated) and Excel .xlsx (the first
 * sheet).
 *
 * <p>The header is the first row, among the first {@value #HEADER_SEARCH_ROWS}, in which at least
 * two cells name a {@link RosterColumn}, so a title row above the header is fine. Columns are
 * found by header text in any order; unknown columns are ignored. Row numbers are those Excel
 * shows (the first line of the file is row 1; blank rows count).
 *
 * <p>Per row, only what cannot be read is a problem: a blank required cell, or an ID number that
 * Excel stored as a number (Excel keeps 15 significant digits, so an 18-digit ID number has already
 * lost its last digits). Everything else is passed on as text for the issuing workflow to check.
 * Dates written {@code 2026/3/16}, {@code 2026.3.16}, {@code 2026年3月16日} or {@code 20260316},
 * and Excel date cells, become ISO {@code 2026-03-16}; any other date text is passed on as written.
 *
 * <p>Instances are stateless; the static methods are thread-safe.
 */
public final class RosterReader {

    /** How many rows from the top are searched for the header. */
    public static final int HEADER_SEARCH_ROWS = 20;

    /**
     * The most rows a roster may have, blank and title rows included: twice a large term of
     * 100,000 candidates, so that memory stays bounded whatever file is given.
     */
    public static final int MAX_ROWS = 200_000;

    /** The largest roster file read, in bytes (100 MB; a 100,000-row CSV is about 15 MB). */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final Pattern NUMBER_IN_SCIENTIFIC_FORM = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))");

    private RosterReader() {
    }

    /**
     * Reads a roster file, choosing the format by its extension: {@code .xlsx}, or {@code .csv},
     * {@code .tsv} and {@code .txt} as delimited text.
     *
     * @param file the roster
     * @return the roster's rows and problems
     * @throws RosterException if the file cannot be read, is of another type (including the old
     *     binary {@code .xls}), is in an unknown encoding, or lacks a required column
     */
    public static Roster read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if ((lower.endsWith(".xlsx") || lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt"))
                    && Files.size(file) > MAX_BYTES) {
                throw tooLarge(file.toString(), 0, "the file has " + Files.size(file) + " bytes");
            }
            if (lower.endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return readXlsx(in, file.toString());
                }
            }
            if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
                return readCsv(Files.readAllBytes(file), file.toString());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RosterException(RosterException.Reason.UNREADABLE, file.toString(), 0, null,
                    file + ": cannot read the roster (" + e.getMessage() + ")", e);
        }
        throw new RosterException(RosterException.Reason.UNSUPPORTED_FORMAT, file.toString(), 0, null,
                file + ": a roster must be .csv or .xlsx (save an old .xls as .xlsx in Excel)", null);
    }

    /**
     * Opens a roster file to read it row by row, for a large term: the header is read and the
     * columns mapped now, the rows as they are iterated. A CSV roster is read from the file as it
     * goes (its encoding is found by a first pass that keeps nothing), so memory does not grow
     * with it; an .xlsx workbook is loaded whole by POI, so use CSV for a very large term.
     *
     * @param file the roster, {@code .xlsx} or {@code .csv}, {@code .tsv}, {@code .txt}
     * @return the rows, to be closed
     * @throws RosterException as {@link #read(Path)}; a row that cannot be read becomes a problem
     */
    public static RosterRows open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt"))) {
            Roster whole = read(file);
            return RosterRows.of(whole);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(file.toString(), 0, "the file has " + Files.size(file) + " bytes");
            }
            return openCsv(file, file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new RosterException(RosterException.Reason.UNREADABLE, file.toString(), 0, null,
                    file + ": cannot read the roster (" + e.getMessage() + ")", e);
        }
    }

    private static RosterRows openCsv(Path file, String source) throws IOException {
        RosterText encoding = RosterText.detect(file, source);
        char delimiter;
        try (java.io.Reader in = encoding.reader(file)) {
            StringBuilder firstLine = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n' && firstLine.length() < 1 << 16; c = in.read()) {
                firstLine.append((char) c);
            }
            delimiter = delimiterOf(firstLine.toString());
        }
        String format = encoding.describe(delimiter);
        CsvRows rows = new CsvRows(encoding.reader(file), delimiter, source);
        try {
            return new RosterRows(rows, rows, source, format, () -> {
                try {
                    CsvRows again = new CsvRows(encoding.reader(file), delimiter, source);
                    return count(new RosterRows(again, again, source, format, () -> 0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /** The rows of delimited text as they are parsed; the reader is closed at the end or by {@link #close()}. */
    private static final class CsvRows implements Iterator<SheetRow>, java.io.Closeable {
            private final CSVParser parser;
            private final Iterator<CSVRecord> records;
            private final String source;
            private long read;

            CsvRows(java.io.Reader reader, char delimiter, String source) throws IOException {
                CSVFormat format = CSVFormat.DEFAULT.builder()
                        .setDelimiter(delimiter)
                        // blank lines are rows in Excel, so they must count
                        .setIgnoreEmptyLines(false)
                        .get();
                this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
                this.records = parser.iterator();
                this.source = source;
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a file only read: nothing is lost
                }
            }

            @Override
            public boolean hasNext() {
                try {
                    boolean more = records.hasNext();
                    if (!more) {
                        parser.close();
                    }
                    return more;
                } catch (IOException | UncheckedIOException e) {
                    throw notCsv(e);
                }
            }

            private RosterException notCsv(Exception e) {
                return new RosterException(RosterException.Reason.UNREADABLE, source, (int) read + 1, null,
                        source + ": row " + (read + 1) + " is not valid CSV (" + e.getMessage() + ")", e);
            }

            @Override
            public SheetRow next() {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw notCsv(e);
                }
                read = record.getRecordNumber();
                if (record.getRecordNumber() > MAX_ROWS) {
                    throw tooLarge(source, MAX_ROWS + 1, "row " + (MAX_ROWS + 1) + " is over the limit");
                }
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(new SheetCell(value, false));
                }
                return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells);
            }
    }

    /**
     * Reads a delimited-text roster from its bytes.
     *
     * @param bytes the whole file
     * @param source the name to report problems against
     * @return the roster's rows and problems
     * @throws RosterException for an unknown encoding, no header or a missing column
     */
    public static Roster readCsv(byte[] bytes, String source) {
        RosterText text = RosterText.decode(bytes, source);
        char delimiter = delimiterOf(text.text());
        String format = text.describe(delimiter);
        try (CsvRows rows = new CsvRows(new StringReader(text.text()), delimiter, source);
             RosterRows read = new RosterRows(rows, rows, source, format, () -> 0)) {
            return read.collect();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an Excel .xlsx roster (the first sheet).
     *
     * @param in the workbook; read to the end, not closed
     * @param source the name to report problems against
     * @return the roster's rows and problems
     * @throws RosterException if the stream is not an .xlsx workbook, has no header or lacks a
     *     required column
     */
    public static Roster readXlsx(InputStream in, String source) {
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw tooLarge(source, MAX_ROWS + 1, "its last row is " + (sheet.getLastRowNum() + 1));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                List<SheetCell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellOf(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        } catch (RosterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-xlsx file with assorted runtime exceptions
            throw new RosterException(RosterException.Reason.UNREADABLE, source, 0, null,
                    source + ": not a readable .xlsx workbook (" + xlsxProblem(e) + ")", e);
        }
        return map(rows, source, "Excel .xlsx");
    }

    private static RosterException tooLarge(String source, int row, String found) {
        return new RosterException(RosterException.Reason.TOO_LARGE, source, row, null, source + ": a roster has at most "
                + MAX_ROWS + " rows and " + MAX_BYTES / (1024 * 1024) + " MB; " + found + ". Split it into several files", null);
    }

    /**
     * Says in one line what is wrong with a workbook POI refused: POI's own texts run over several
     * lines and talk to programmers (a zip bomb's asks to "open an issue on bugzilla").
     */
    static String xlsxProblem(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        String text = all.toString();
        if (text.contains("Zip bomb") || text.contains("max. ratio") || text.contains("exceed the max")) {
            return "it expands to far more than its size on disk, like a zip bomb; refused."
                    + " Save it again in Excel, or as CSV UTF-8";
        }
        if (text.contains("DOCTYPE")) {
            return "a part of it declares a DOCTYPE, which an Excel workbook never does; refused for safety";
        }
        if (text.contains("No valid entries or contents found") || text.contains("not a valid OOXML")
                || text.contains("NotOfficeXml") || text.contains("OLE2") || text.contains("zip")) {
            return "it is not an Excel .xlsx file (a ZIP package); save it as .xlsx or CSV UTF-8";
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = first.indexOf('\n');
        return (end < 0 ? first : first.substring(0, end)).strip();
    }

    private static SheetCell cellOf(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return new SheetCell("", false);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return new SheetCell(cell.getStringCellValue(), false);
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return new SheetCell(cell.getLocalDateTimeCellValue().toLocalDate().toString(), false);
                }
                // as Excel shows it, so "440106199001011234" stored as a number reads 4.40106E+17
                return new SheetCell(formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()), true);
            case BOOLEAN:
                return new SheetCell(Boolean.toString(cell.getBooleanCellValue()), false);
            default:
                return new SheetCell("", false);
        }
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }

    private static Roster map(List<SheetRow> sheet, String source, String format) {
        return new RosterRows(sheet.iterator(), null, source, format,
                () -> count(new RosterRows(sheet.iterator(), null, source, format, () -> 0))).collect();
    }

    /** Counts the rows a fresh reading gives, readable or not, and closes it. */
    private static int count(RosterRows fresh) {
        try (fresh) {
            int n = 0;
            for (Iterator<RosterRow> it = fresh.iterator(); it.hasNext(); it.next()) {
                n++;
            }
            return n + (int) fresh.problems().stream().map(RosterProblem::row).distinct().count();
        }
    }

    /** Maps one sheet row: the roster row, or null when it is blank or has problems (added to {@code problems}). */
    @javax.annotation.Nullable
    static RosterRow readRow(SheetRow row, Map<RosterColumn, Integer> index, Map<RosterColumn, String> labels,
            List<RosterProblem> problems) {
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        boolean blank = true;
        for (Map.Entry<RosterColumn, Integer> e : index.entrySet()) {
            String value = row.text(e.getValue()).strip();
            values.put(e.getKey(), value);
            blank &= value.isEmpty();
        }
        if (blank) {
            return null;
        }
        int before = problems.size();
        for (Map.Entry<RosterColumn, Integer> e : index.entrySet()) {
            RosterColumn column = e.getKey();
            boolean mustHaveValue = column.required() || column == RosterColumn.RESULT_ID;
            if (mustHaveValue && values.get(column).isEmpty()) {
                problems.add(new RosterProblem(row.row(), labels.get(column), "is blank"));
            }
        }
        Integer idColumn = index.get(RosterColumn.ID_NUMBER);
        String idNumber = values.get(RosterColumn.ID_NUMBER);
        if (row.number(idColumn) || NUMBER_IN_SCIENTIFIC_FORM.matcher(idNumber).matches()) {
            // the value is not echoed: its first 15 digits are most of an ID number, and problems get printed
            problems.add(new RosterProblem(row.row(), labels.get(RosterColumn.ID_NUMBER),
                    "Excel stored the ID number as a number and kept only 15 digits;"
                            + " format the column as Text and type the number again"));
        }
        if (problems.size() > before) {
            return null;
        }
        String idType = values.getOrDefault(RosterColumn.ID_TYPE, "");
        idType = idType.isEmpty() ? RosterRow.DEFAULT_ID_TYPE : idType;
        String job = values.getOrDefault(RosterColumn.JOB, "");
        job = job.isEmpty() ? RosterRow.NO_JOB : job;
        String occupation = values.get(RosterColumn.OCCUPATION);
        String level = values.get(RosterColumn.LEVEL);
        String resultId = values.get(RosterColumn.RESULT_ID);
        boolean derived = resultId == null;
        if (derived) {
            resultId = RosterRow.derivedResultId(idType, idNumber, occupation, job, level);
        }
        return new RosterRow(row.row(), resultId, derived, values.get(RosterColumn.NAME), idType, idNumber,
                occupation, job, level, isoDate(values.get(RosterColumn.QUERYABLE_DATE)),
                values.getOrDefault(RosterColumn.PHOTO, ""));
    }

    /**
     * Rewrites the date forms people type into ISO; leaves anything else as written.
     *
     * @param text a date as written
     * @return {@code yyyy-MM-dd}, or {@code text} when it is no recognisable real date
     */
    static String isoDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException notADate) {
            return text;
        }
    }

    static String requiredLabels() {
        StringBuilder out = new StringBuilder();
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required()) {
                out.append(out.length() == 0 ? "" : ", ").append(column.label());
            }
        }
        return out.toString();
    }

    /**
     * Returns the Excel letter of a 0-based column index: A … Z, AA ….
     *
     * @param index the 0-based column index
     * @return the column letters
     */
    static String letter(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /** One cell: its text as the user sees it and whether Excel stored it as a number. */
    record SheetCell(String text, boolean number) {
    }

    /** One row of the sheet with its Excel row number. */
    record SheetRow(int row, List<SheetCell> cells) {
        String text(int column) {
            return column < cells.size() ? cells.get(column).text() : "";
        }

        boolean number(int column) {
            return column < cells.size() && cells.get(column).number();
        }
    }
}
