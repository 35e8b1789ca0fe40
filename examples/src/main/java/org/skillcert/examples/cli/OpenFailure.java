package org.skillcert.examples.cli;

import java.sql.SQLException;

/**
 * One line for people on why a database could not be opened, from the driver's exception.
 */
final class OpenFailure {
    /** H2: the database file is locked by another process. */
    static final int H2_ALREADY_OPEN = 90020;
    /** H2: the database does not exist and {@code IFEXISTS=TRUE} forbids creating it. */
    static final int H2_NOT_FOUND_IF_EXISTS = 90146;
    /** H2: the database does not exist. */
    static final int H2_NOT_FOUND = 90013;

    private OpenFailure() {
    }

    /**
     * Explains a failure to open a database in one line.
     *
     * @param e the failure
     * @return the explanation
     */
    static String explain(Exception e) {
        SQLException sql = e instanceof SQLException ? (SQLException) e : null;
        if (sql != null && sql.getErrorCode() == H2_ALREADY_OPEN) {
            return "another skillcert process is using this database; one process per workspace at a time"
                    + " (wait for the other command to finish)";
        }
        if (sql != null && (sql.getErrorCode() == H2_NOT_FOUND_IF_EXISTS || sql.getErrorCode() == H2_NOT_FOUND)) {
            return "it does not exist";
        }
        return Failures.message(e);
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
