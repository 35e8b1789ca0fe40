package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOptionsTest {
    @TempDir
    Path dir;

    // security: the workspace path goes into the H2 URL, where ';' starts settings (INIT= runs SQL)
    @Test
    void aWorkspaceWithASemicolonIsAUsageError() throws IOException {
        String injected = dir.resolve("ws;INIT=RUNSCRIPT FROM 'x.sql'").toString();
        Cli stock = Cli.run("stock", "report", "--workspace", injected);
        assertEquals(2, stock.exitCode(), stock.err());
        assertTrue(stock.err().contains("--workspace"), stock.err());
        Cli demo = Cli.run("demo", "--workspace", dir.resolve("demo;TRACE_LEVEL_FILE=3").toString());
        assertEquals(2, demo.exitCode(), demo.err());
        assertTrue(demo.err().contains("--workspace"), demo.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written for a refused workspace");
        }
    }

    @Test
    void aWorkspaceWithoutASemicolonIsAccepted() {
        Cli stock = Cli.run("stock", "report", "--workspace", dir.resolve("plain").toString());
        assertEquals(0, stock.exitCode(), stock.err());
        assertFalse(stock.err().contains("--workspace"), stock.err());
    }
}
