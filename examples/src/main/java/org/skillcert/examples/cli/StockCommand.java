package org.skillcert.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.stock.SheetSet;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.Stocktake;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert stock}: the blank-sheet ledger from the command line (RULES R-STK). Every move is
 * one append-only, hash-chained ledger entry (R-STK-6); an illegal move (receiving a sheet twice,
 * destroying a sheet that is not spoiled, …) is refused with the first refused sheet and changes
 * nothing (exit 1).
 */
@Command(name = "stock",
        mixinStandardHelpOptions = true,
        description = {"The blank certificate sheet ledger (R-STK): every sheet's whereabouts, append-only.",
            "Sheets are the 8-digit numbers pre-printed on blank stock (R-LAY-7); a range is FIRST-LAST.",
            "Exit status: 0 recorded, 1 refused (nothing recorded), 2 usage or setup error."},
        subcommands = {
            StockCommand.Receive.class, StockCommand.Handout.class, StockCommand.Return.class,
            StockCommand.Spoil.class, StockCommand.Lost.class, StockCommand.Destroy.class,
            StockCommand.Count.class, StockCommand.Report.class, StockDemandCommand.class,
        })
final class StockCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Spec
    private CommandSpec spec;

    /**
     * Without a subcommand: prints the usage to standard error, a usage error.
     *
     * @return {@link SkillcertCommand#USAGE}
     */
    @Override
    public Integer call() {
        return Usage.print(spec, parent.err());
    }

    /** What every move shares: the store, the sheets, the output format. */
    abstract static class Move implements Callable<Integer> {
        @ParentCommand
        StockCommand stock;

        @Mixin
        StoreOptions store;

        @Option(names = "--sheets", required = true, paramLabel = "FIRST-LAST", converter = SheetRangeConverter.class,
                description = "The sheet or range of sheets, e.g. 00010001-00010500.")
        SheetRange sheets;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        abstract StockMove move(String actor);

        @Override
        public Integer call() {
            SkillcertCommand parent = stock.parent;
            try (StoreOptions.OpenStore open = store.open(parent)) {
                StockLedger ledger = open.ledger();
                StockMove move = move(store.actor(parent));
                LedgerGuard.checkMovable(ledger);
                LedgerEntry entry = ledger.append(move);
                StockCounts counts = ledger.counts();
                PrintStream out = parent.out();
                if (json) {
                    out.println(new JsonObject().put("entry", entry.sequence()).put("kind", entry.move().kind().name())
                            .put("first", entry.move().range().first()).put("last", entry.move().range().last())
                            .put("sheets", entry.move().range().size()).put("expected", entry.expected())
                            .put("hash", entry.hash()).put("counts", countsJson(counts)));
                } else {
                    out.println(describe(entry));
                    out.println("  stock now: " + countsText(counts));
                }
                return CommandLine.ExitCode.OK;
            }
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = "Receives a delivery of blank sheets into stock (入库, R-STK-2).")
    static final class Receive extends Move {
        @Option(names = "--reference", required = true, paramLabel = "ORDER",
                description = "The order or delivery note reference.")
        String reference;

        @Override
        StockMove move(String actor) {
            return StockMove.received(sheets, reference, actor);
        }
    }

    @Command(name = "handout", mixinStandardHelpOptions = true,
            description = "Hands sheets out of stock to a custodian or printer (申领, R-STK-3).")
    static final class Handout extends Move {
        @Option(names = "--to", required = true, paramLabel = "CUSTODIAN", description = "Who receives the sheets.")
        String custodian;

        @Override
        StockMove move(String actor) {
            return StockMove.handedOut(sheets, custodian, actor);
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "Returns unused sheets from a custodian to stock.")
    static final class Return extends Move {
        @Option(names = "--from", required = true, paramLabel = "CUSTODIAN", description = "Who returns the sheets.")
        String custodian;

        @Override
        StockMove move(String actor) {
            return StockMove.returned(sheets, custodian, actor);
        }
    }

    @Command(name = "spoil", mixinStandardHelpOptions = true,
            description = "Records spoiled sheets (misprint, damage) with the reason (R-STK-4).")
    static final class Spoil extends Move {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "What happened.")
        String reason;

        @Override
        StockMove move(String actor) {
            return StockMove.spoiled(sheets, reason, actor);
        }
    }

    @Command(name = "lost", mixinStandardHelpOptions = true,
            description = "Records lost sheets with the circumstances (R-STK-4).")
    static final class Lost extends Move {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The circumstances.")
        String reason;

        @Override
        StockMove move(String actor) {
            return StockMove.lost(sheets, reason, actor);
        }
    }

    @Command(name = "destroy", mixinStandardHelpOptions = true,
            description = "Destroys spoiled sheets before two named witnesses (R-STK-4).")
    static final class Destroy extends Move {
        @Option(names = "--witness", required = true, arity = "1", paramLabel = "NAME",
                description = "A witness; give exactly two different ones.")
        List<String> witnesses = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        StockMove move(String actor) {
            if (witnesses.size() != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give exactly two --witness options (R-STK-4), got " + witnesses.size());
            }
            return StockMove.destroyed(sheets, witnesses.get(0), witnesses.get(1), actor);
        }
    }

    @Command(name = "count", mixinStandardHelpOptions = true,
            description = {"Records a stocktake (盘点, R-STK-5): the blank sheets physically found in the store room and"
                + " with the custodians, as ranges, compared with the books. Missing and unexpected sheets are listed;"
                + " a count that differs is recorded only with --explanation (else exit 1, nothing recorded)."})
    static final class Count implements Callable<Integer> {
        @ParentCommand
        StockCommand stock;

        @Mixin
        StoreOptions store;

        @Option(names = "--found", required = true, split = ",", paramLabel = "FIRST-LAST",
                converter = SheetRangeConverter.class,
                description = "The blank sheets found, comma-separated ranges, e.g. 00010031-00010090,00010095-00010100.")
        List<SheetRange> found = new ArrayList<>();

        @Option(names = "--explanation", paramLabel = "TEXT", description = "Why the count differs from the books.")
        @Nullable
        String explanation;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            SkillcertCommand parent = stock.parent;
            try (StoreOptions.OpenStore open = store.open(parent)) {
                StockService service = new StockService(open.ledger(), Clock.systemUTC(), store.actor(parent));
                Stocktake take = service.stocktake(SheetSet.of(found));
                SheetSet books = service.blankOnBooks();
                PrintStream out = parent.out();
                JsonObject result = new JsonObject().put("onBooks", books.size()).put("found", take.found().size())
                        .put("missing", take.missing().toString()).put("unexpected", take.unexpected().toString());
                if (!json) {
                    out.println("blank sheets on the books: " + books.size() + ", found: " + take.found().size());
                    out.println("  missing: " + take.missing() + ", unexpected: " + take.unexpected()
                            + (take.matches() ? " (books and goods match)" : ""));
                }
                // on a ledger that fails verification the explained count is the acknowledgement (LedgerGuard)
                boolean broken = LedgerGuard.isBroken(open.ledger());
                boolean explained = explanation != null && !explanation.isBlank();
                if ((!take.matches() || broken) && !explained) {
                    String why = broken ? "the ledger fails verification (see stock report): record the count with"
                            + " --explanation to acknowledge it (R-STK-6)"
                            : "the count differs from the books: explain it with --explanation (R-STK-5)";
                    if (json) {
                        out.println(result.put("entry", null).put("matches", take.matches()).put("recorded", false)
                                .put("problem", why));
                    }
                    parent.err().println("skillcert stock count: nothing recorded: " + why);
                    return Failures.REFUSED;
                }
                LedgerEntry entry = take.record(take.matches() && !broken ? null : explanation);
                if (json) {
                    out.println(result.put("entry", entry.sequence()).put("matches", take.matches()).put("recorded", true));
                } else {
                    out.println("  recorded: " + describe(entry).replace(System.lineSeparator(), System.lineSeparator() + "  "));
                }
                return CommandLine.ExitCode.OK;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Prints the stock: sheets per state, conservation (received = sum of the states),"
                + " the ledger's verification and last hash (R-STK-5, R-STK-6), and the sheets moved and the"
                + " spoilage rate (废证率 = spoiled / (printed + spoiled), R-STK-4) in a period."})
    static final class Report implements Callable<Integer> {
        @ParentCommand
        StockCommand stock;

        @Mixin
        StoreOptions store;

        @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (default: 1 January this year).")
        @Nullable
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: today).")
        @Nullable
        LocalDate to;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            SkillcertCommand parent = stock.parent;
            LocalDate last = to != null ? to : LocalDate.now(StockReport.ZONE);
            LocalDate first = from != null ? from : last.withDayOfYear(1);
            try (StoreOptions.OpenStore open = store.openExisting(parent)) {
                StockReport report = StockReport.of(open.ledger(), first, last);
                parent.out().println(json ? report.json() : report.text());
                return report.verification().isOk() && report.counts().conserved()
                        ? CommandLine.ExitCode.OK : Failures.REFUSED;
            }
        }
    }

    static String describe(LedgerEntry entry) {
        StockMove m = entry.move();
        StringBuilder s = new StringBuilder();
        s.append(m.kind()).append(' ').append(m.range()).append(" (").append(m.range().size()).append(" sheet")
                .append(m.range().size() == 1 ? "" : "s").append("), entry #").append(entry.sequence())
                .append(" by ").append(m.actor());
        if (m.kind() == EntryKind.STOCKTAKE) {
            s.append(System.lineSeparator()).append("  on the books: ").append(entry.expected())
                    .append(", counted: ").append(m.counted()).append(", difference: ")
                    .append(m.counted() - entry.expected());
        }
        return s.toString();
    }

    static String countsText(StockCounts counts) {
        StringBuilder s = new StringBuilder("received ").append(counts.received());
        for (SheetState state : SheetState.values()) {
            s.append(", ").append(state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ')
                    .append(counts.of(state));
        }
        return s.toString();
    }

    static JsonObject countsJson(StockCounts counts) {
        JsonObject json = new JsonObject().put("received", counts.received());
        for (SheetState state : SheetState.values()) {
            json.put(state.name(), counts.of(state));
        }
        return json.put("conserved", counts.conserved());
    }

    /** Reads {@code 00010001-00010500} or a single sheet number. */
    static final class SheetRangeConverter implements CommandLine.ITypeConverter<SheetRange> {
        @Override
        public SheetRange convert(String value) {
            String[] parts = value.strip().split("\\s*-\\s*", -1);
            try {
                if (parts.length == 1) {
                    return SheetRange.of(Integer.parseInt(parts[0]));
                }
                if (parts.length == 2) {
                    return SheetRange.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException | org.skillcert.spi.StockException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a sheet range FIRST-LAST of"
                        + " 8-digit sheet numbers (" + e.getMessage() + ")");
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a sheet range FIRST-LAST");
        }
    }
}
