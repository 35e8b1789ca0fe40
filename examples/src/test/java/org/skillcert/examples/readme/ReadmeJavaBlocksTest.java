package org.skillcert.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles against the current API (javax.tools, the
 * test classpath: all modules and the spi contract test-jar).
 *
 * <p>A block is a snippet: it is compiled as the body of a method of a class that declares the
 * names the README leaves to the reader ({@code typed}, {@code dataSource}, {@code office},
 * {@code rows}, …) with the types the text implies; a block that declares classes is compiled as
 * members of such a class. Every block gets wildcard imports of skillcert's public packages and
 * the JDK packages the README uses. Nothing is run.
 */
class ReadmeJavaBlocksTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^([ \\t]*)```java\\n(.*?)^[ \\t]*```", Pattern.DOTALL);

    private static final String IMPORTS = String.join("\n",
            "import java.io.*;", "import java.nio.charset.*;", "import java.nio.file.*;", "import java.time.*;",
            "import java.util.*;", "import java.util.stream.*;", "import javax.sql.DataSource;",
            "import org.postgresql.ds.PGSimpleDataSource;", "import com.zaxxer.hikari.*;",
            "import org.skillcert.spi.*;", "import org.skillcert.spi.jdbc.*;", "import org.skillcert.spi.contract.*;",
            "import org.skillcert.core.calendar.*;", "import org.skillcert.core.identity.*;",
            "import org.skillcert.core.institution.*;", "import org.skillcert.core.issue.*;",
            "import org.skillcert.core.number.*;", "import org.skillcert.core.report.*;",
            "import org.skillcert.core.stock.*;", "import org.skillcert.render.*;", "import org.skillcert.render.font.*;",
            "import org.skillcert.render.form.*;", "import org.skillcert.render.layout.*;",
            "import org.skillcert.examples.usage.*;", "");

    // what the README leaves to the reader, with the types its text implies
    private static final String CONTEXT = IMPORTS + String.join("\n",
            "abstract class ReadmeContext {",
            "    record Row(String name, String id, LocalDate queryable, String resultId, String photoFile) {}",
            "    String typed;",
            "    DataSource dataSource;",
            "    Storage storage;",
            "    CertificatePrinter myRenderer;",
            "    Office office;",
            "    StockService stock;",
            "    List<Row> rows;",
            "    SheetRange range;",
            "    Collection<CandidateResult> pendingResults;",
            "    Collection<ReplacementReceipt> openReceipts;",
            "    CandidateResult.Builder corrected;",
            "    Collection<ReplacementProof> proofs;",
            "    LocalDate from;",
            "    LocalDate to;",
            "    Path dir;",
            "    int files;",
            "    DataSource yourPool(DataSource pg) { return pg; }",
            "}",
            "class SchoolTestDb {",
            "    static Object freshSchema() { return new Object(); }",
            "}",
            "class SchoolSequencer extends ReadmeSequencer {",
            "    SchoolSequencer(Object db) { }",
            "}",
            "abstract class ReadmeSequencer implements Sequencer {",
            "    public SerialBlock reserve(String scope, int count, String requestId) { throw new UnsupportedOperationException(); }",
            "    public Optional<SerialBlock> find(String requestId) { throw new UnsupportedOperationException(); }",
            "    public VoidedSerial voidSerial(String scope, int serial, String reason, String actor) { throw new UnsupportedOperationException(); }",
            "    public List<VoidedSerial> voided(String scope) { throw new UnsupportedOperationException(); }",
            "    public int peek(String scope) { throw new UnsupportedOperationException(); }",
            "}",
            "");

    @Test
    void everyJavaBlockOfTheReadmeCompiles(@TempDir Path out) throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        List<JavaFileObject> units = new ArrayList<>();
        units.add(source("ReadmeContext", CONTEXT));
        Matcher m = JAVA_BLOCK.matcher(readme);
        int count = 0;
        while (m.find()) {
            count++;
            int line = readme.substring(0, m.start()).split("\n", -1).length;
            String name = "ReadmeBlockAtLine" + line;
            String block = dedent(m.group(2), m.group(1).length());
            units.add(source(name, IMPORTS + unit(name, block)));
        }
        assertTrue(count >= 10, "found " + count + " java blocks in the README");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertEquals("", errors, "README java blocks that do not compile (class name = README line of the block)");
            assertTrue(ok);
        }
    }

    // a block with class declarations becomes members of a context class; any other block a method body
    private static String unit(String name, String block) {
        String withoutImports = block.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String imports = block.lines().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        if (Pattern.compile("(?m)^\\s*(public |abstract |final )*class \\w+").matcher(withoutImports).find()) {
            return imports + "\nclass " + name + " extends ReadmeContext {\n" + withoutImports + "\n}\n";
        }
        List<String> lines = withoutImports.lines().map(l -> l.replaceAll("//.*$", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        boolean returns = !lines.isEmpty() && lines.get(lines.size() - 1).startsWith("return ");
        return imports + "\nclass " + name + " extends ReadmeContext {\n    Object run() throws Exception {\n"
                + withoutImports + (returns ? "" : "\n        return null;") + "\n    }\n}\n";
    }

    private static String dedent(String block, int indent) {
        return block.lines().map(l -> l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l)
                .collect(Collectors.joining("\n"));
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static Path readme() {
        // surefire runs in the module's directory; the README is at the repository root
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("certificate-spi"))) {
                return p.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md above " + here);
    }
}
