package org.skillcert.examples.roster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.annotation.Nullable;
import org.skillcert.examples.roster.RosterReader.SheetRow;

/**
 * A roster read row by row, for a large term: the header is found and the columns mapped when it
 * is opened ({@link RosterReader#open}); the rows are then read from the file one at a time as
 * they are iterated, so memory does not grow with the roster (a CSV roster; an .xlsx workbook is
 * loaded whole by its reader first). Rows that cannot be read are collected in {@link #problems()}
 * as they are met. Iterable once; not thread-safe; close it to release the file.
 */
public final class RosterRows implements Iterable<RosterRow>, AutoCloseable {
    private final String source;
    private final String format;
    private final int headerRow;
    private final Map<RosterColumn, Integer> index;
    private final Map<RosterColumn, String> labels;
    private final ArrayDeque<SheetRow> ahead;
    private final Iterator<SheetRow> sheet;
    @Nullable
    private final Closeable file;
    private final IntSupplier count;
    private final List<RosterProblem> problems = new ArrayList<>();
    private boolean iterated;

    RosterRows(Iterator<SheetRow> sheet, @Nullable Closeable file, String source, String format, IntSupplier count) {
        this.sheet = sheet;
        this.file = file;
        this.source = source;
        this.format = format;
        this.count = count;
        // the header is among the first rows: they are kept until the rows after the header are read
        this.ahead = new ArrayDeque<>();
        while (ahead.size() < RosterReader.HEADER_SEARCH_ROWS && sheet.hasNext()) {
            ahead.add(sheet.next());
        }
        SheetRow header = null;
        while (!ahead.isEmpty() && header == null) {
            SheetRow candidate = ahead.poll();
            long named = candidate.cells().stream().filter(cell -> RosterColumn.forHeader(cell.text()).isPresent()).count();
            header = named >= 2 ? candidate : null;
        }
        if (header == null) {
            throw new RosterException(RosterException.Reason.NO_HEADER, source, 0, null, source
                    + ": no header row found in the first " + RosterReader.HEADER_SEARCH_ROWS + " rows; the columns "
                    + RosterReader.requiredLabels() + " are required", null);
        }
        this.headerRow = header.row();
        this.index = new EnumMap<>(RosterColumn.class);
        this.labels = new EnumMap<>(RosterColumn.class);
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cells().get(c).text();
            int at = c;
            SheetRow h = header;
            RosterColumn.forHeader(text).ifPresent(column -> {
                if (index.putIfAbsent(column, at) != null) {
                    throw new RosterException(RosterException.Reason.DUPLICATE_COLUMN, source, h.row(), column,
                            source + ": row " + h.row() + " has two " + column.label() + " columns ("
                                    + RosterReader.letter(index.get(column)) + " and " + RosterReader.letter(at) + ")", null);
                }
                labels.put(column, text.strip() + " (" + RosterReader.letter(at) + ")");
            });
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                throw new RosterException(RosterException.Reason.MISSING_COLUMN, source, header.row(), column,
                        source + ": the header in row " + header.row() + " has no " + column.label()
                                + " column (required: " + RosterReader.requiredLabels() + ")", null);
            }
        }
    }

    /**
     * Returns the rows of a roster already in memory, as a stream of rows.
     *
     * @param roster the roster
     * @return its rows; its problems are all known at once
     */
    public static RosterRows of(Roster roster) {
        return new RosterRows(roster);
    }

    private RosterRows(Roster roster) {
        this.source = roster.source();
        this.format = roster.format();
        this.headerRow = roster.headerRow();
        this.index = new EnumMap<>(RosterColumn.class);
        this.labels = roster.columns().isEmpty() ? new EnumMap<>(RosterColumn.class) : new EnumMap<>(roster.columns());
        this.ahead = new ArrayDeque<>();
        this.sheet = java.util.Collections.emptyIterator();
        this.file = null;
        this.problems.addAll(roster.problems());
        List<RosterRow> rows = roster.rows();
        this.count = () -> rows.size() + (int) roster.problems().stream().map(RosterProblem::row).distinct().count();
        this.inMemory = rows;
    }

    @Nullable
    private List<RosterRow> inMemory;

    /** @return the file name as given */
    public String source() {
        return source;
    }

    /** @return how the file was read, for example {@code CSV (GBK)} or {@code Excel .xlsx} */
    public String format() {
        return format;
    }

    /** @return the header's row number, as Excel shows it */
    public int headerRow() {
        return headerRow;
    }

    /** @return each column found and its label, for example {@code 证件号码 (C)} */
    public Map<RosterColumn, String> columns() {
        return labels.isEmpty() ? Map.of() : Map.copyOf(labels);
    }

    /**
     * Returns how to name a column to the user: the label found in the file, or the column's
     * standard label when the roster has no such column.
     *
     * @param column the column
     * @return for example {@code 证件号码 (C)}
     */
    public String columnLabel(RosterColumn column) {
        return Optional.ofNullable(labels.get(column)).orElse(column.label());
    }

    /** @return the problems of the rows read so far that could not be read, in file order */
    public List<RosterProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Counts the roster's rows after the header that are not blank, readable or not, without
     * keeping them: for a CSV roster the file is read once more.
     *
     * @return how many rows the iteration will give or report as problems
     */
    public int count() {
        return count.getAsInt();
    }

    /**
     * Returns the readable rows, read as they are asked for; a row that cannot be read is added to
     * {@link #problems()} instead.
     *
     * @return the iterator (once only)
     * @throws IllegalStateException when called a second time
     * @throws RosterException {@code UNREADABLE} or {@code TOO_LARGE} while iterating, when the
     *     file turns out broken or too long part-way
     */
    @Override
    public Iterator<RosterRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("a roster's rows are read once");
        }
        iterated = true;
        if (inMemory != null) {
            return inMemory.iterator();
        }
        return new Iterator<>() {
            @Nullable
            private RosterRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    SheetRow row = !ahead.isEmpty() ? ahead.poll() : sheet.hasNext() ? sheet.next() : null;
                    if (row == null) {
                        return false;
                    }
                    next = RosterReader.readRow(row, index, labels, problems);
                }
                return true;
            }

            @Override
            public RosterRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RosterRow row = next;
                next = null;
                return row;
            }
        };
    }

    /** Reads every row into a roster in memory. */
    Roster collect() {
        List<RosterRow> rows = new ArrayList<>();
        for (RosterRow row : this) {
            rows.add(row);
        }
        return new Roster(source, format, headerRow, labels, rows, problems);
    }

    /** Releases the file. */
    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
