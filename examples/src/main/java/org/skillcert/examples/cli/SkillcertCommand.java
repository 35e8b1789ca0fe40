package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code skillcert} command, main class of {@code examples/target/skillcert.jar}.
 *
 * <p>Subcommands are separate classes, registered in one place: the {@code subcommands} list of
 * the {@link Command} annotation below. A subcommand reaches the process streams through
 * {@code @ParentCommand SkillcertCommand parent} and {@link #in()}, {@link #out()}, {@link #err()},
 * never through {@code System.in}/{@code System.out}, so that tests can run it in-process with
 * {@link #run(String[], InputStream, PrintStream, PrintStream)}.
 *
 * <p>Exit codes: 0 success, 1 the work found a problem (e.g. an invalid number), 2 usage error.
 */
@Command(name = "skillcert",
        mixinStandardHelpOptions = true,
        versionProvider = SkillcertCommand.Version.class,
        description = "Vocational skill level certificates (职业技能等级证书) for Guangdong technical schools.",
        subcommands = {
            DemoCommand.class,
            IssueCommand.class,
            StockCommand.class,
            ReplaceCommand.class,
            CorrectCommand.class,
            RevokeCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            VerifyCommand.class,
            SignCommand.class,
            ValidateCommand.class,
            CalendarCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class SkillcertCommand implements Callable<Integer> {
    /** Exit code of a usage error (unknown option, bad value, missing subcommand). */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    private SkillcertCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command line in-process with the given streams, without exiting the JVM.
     *
     * @param args the command line arguments
     * @param in what the command reads as standard input
     * @param out standard output; commands write UTF-8
     * @param err standard error; commands write UTF-8
     * @return the exit code: 0 success, 1 a problem found, 2 usage error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /**
     * Runs the command line in-process with the given streams and environment variables.
     *
     * @param args the command line arguments
     * @param in what the command reads as standard input
     * @param out standard output; commands write UTF-8
     * @param err standard error; commands write UTF-8
     * @param environment the environment variables the commands see (database user and password)
     * @return the exit code: 0 success, 1 a problem found, 2 usage or setup error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment) {
        SkillcertCommand root = new SkillcertCommand(in, out, err, environment);
        CommandLine commandLine = args.length > 0 && "validate".equals(args[0]) ? validateOnly(root) : new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new Failures());
        // help and errors in UTF-8 whatever the platform charset, like the commands' own output
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }

    // `skillcert validate` streams a file and exits within seconds: picocli's model of every other
    // subcommand took most of its start (issue 14), so this root knows only validate (same name, same
    // options, same help and errors)
    private static CommandLine validateOnly(SkillcertCommand root) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
        spec.name("skillcert");
        CommandLine commandLine = new CommandLine(spec);
        commandLine.addSubcommand("validate", new ValidateCommand());
        return commandLine;
    }

    /**
     * Returns standard input as the caller of {@link #run} gave it.
     *
     * @return the input stream
     */
    public InputStream in() {
        return in;
    }

    /**
     * Returns standard output.
     *
     * @return the output stream
     */
    public PrintStream out() {
        return out;
    }

    /**
     * Returns standard error.
     *
     * @return the error stream
     */
    public PrintStream err() {
        return err;
    }

    /**
     * Returns an environment variable as the caller of {@link #run} gave it.
     *
     * @param name the variable's name
     * @return its value, or {@code null} when unset
     */
    @javax.annotation.Nullable
    public String environment(String name) {
        return environment.get(name);
    }

    /**
     * Without a subcommand: prints the usage to standard error, a usage error.
     *
     * @return {@link #USAGE}
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return USAGE;
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream stream = SkillcertCommand.class.getResourceAsStream("version.properties")) {
                if (stream != null) {
                    properties.load(stream);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"skillcert " + properties.getProperty("version", "unknown")};
        }
    }
}
