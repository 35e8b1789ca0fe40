package org.skillcert.examples.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A roster as read from a file: the good rows, the problems of the bad ones, and where each column
 * was found.
 *
 * @param source the file name as given
 * @param format how the file was read, for example {@code CSV (GBK)} or {@code Excel .xlsx}
 * @param headerRow the row number of the header, as shown by Excel
 * @param columns each column found and its label, for example {@code 证件号码 (C)}
 * @param rows the readable rows, in file order
 * @param problems the rows that could not be read, in file order; a row with a problem is not in
 *     {@code rows}
 */
public record Roster(String source, String format, int headerRow, Map<RosterColumn, String> columns,
        List<RosterRow> rows, List<RosterProblem> problems) {

    /** Copies the collections so the roster is immutable. */
    public Roster {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * Returns how to name a column to the user: the label found in the file, or the column's
     * standard label when the roster has no such column.
     *
     * @param column the column
     * @return for example {@code 证件号码 (C)}
     */
    public String columnLabel(RosterColumn column) {
        return Optional.ofNullable(columns.get(column)).orElse(column.label());
    }
}
