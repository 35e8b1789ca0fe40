package org.skillcert.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what skillcert logs through {@code System.Logger} under one logger name. The JDK's
 * default {@code System.LoggerFinder} hands {@code System.Logger} calls to java.util.logging, so
 * the capture is a java.util.logging handler on that name, switched to every level for the
 * duration (and nothing reaches the console meanwhile). Used with try-with-resources.
 */
public final class LogCapture implements AutoCloseable {
    /** One captured record: its {@code System.Logger} level name and its formatted message. */
    public record Line(String level, String message) {
        @Override
        public String toString() {
            return level + " " + message;
        }
    }

    private final Logger logger;
    private final Level oldLevel;
    private final boolean oldParentHandlers;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            lines.add(new Line(level(r.getLevel()), formatter.formatMessage(r)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Starts capturing.
     *
     * @param name the logger name, e.g. {@code org.skillcert.spi.jdbc}
     */
    public LogCapture(String name) {
        String finder = System.LoggerFinder.getLoggerFinder().getClass().getName();
        if (!finder.startsWith("jdk.internal.") && !finder.startsWith("sun.util.logging.")) {
            throw new IllegalStateException("System.LoggerFinder is " + finder
                    + ", not the JDK's java.util.logging one this capture listens to");
        }
        logger = Logger.getLogger(name);
        oldLevel = logger.getLevel();
        oldParentHandlers = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    private static String level(Level l) {
        // java.util.logging's levels as System.Logger names them
        if (l.intValue() >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (l.intValue() >= Level.WARNING.intValue()) {
            return "WARNING";
        }
        if (l.intValue() >= Level.INFO.intValue()) {
            return "INFO";
        }
        return l.intValue() >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    /** @return what was captured so far, in order */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(oldLevel);
        logger.setUseParentHandlers(oldParentHandlers);
    }
}
