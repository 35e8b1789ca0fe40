package org.skillcert.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.skillcert.core.report.Statistics;
import org.skillcert.core.report.StatisticsRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert report}: certificate statistics for a period (R-RPT-1), grouped by any of
 * level, occupation and region, levels junior first (R-LVL-2).
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Statistics of a period (R-RPT-1): certificates issued, corrected, revoked and replaced, sheets used and"
                + " spoiled, grouped by --by (any of level, occupation, region; default all three), levels junior first"
                + " (R-LVL-2). Replaced = replacement proofs made in the period (`skillcert replace`, R-ISS-2).",
            "Exit status: 0 printed, 2 usage or setup error.",
            ""
        })
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PeriodOptions period;

    @Option(names = "--by", split = ",", defaultValue = "level,occupation,region", paramLabel = "DIMENSION",
            description = "Group by these, comma-separated: level, occupation, region (default: ${DEFAULT-VALUE}).")
    List<Dimension> by = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Mixin
    StoreOptions store;

    /** The group of blank sheets spoiled before printing: no certificate, so no level or occupation. */
    static final String BLANK_SHEETS = "blank sheets (空白证书)";

    /** What the rows can be grouped by. */
    enum Dimension {
        level, occupation, region
    }

    @Override
    public Integer call() {
        period.check();
        LocalDate from = period.from;
        LocalDate to = period.to;
        try (StoreOptions.OpenStore open = store.openExisting(parent)) {
            Statistics stats = Statistics.of(open.storage(), from, to);
            Map<String, long[]> groups = new LinkedHashMap<>();
            for (StatisticsRow row : stats.rows()) {
                String group;
                if (row.level() == null && row.occupation() == null) {
                    // blank sheets spoiled belong to no certificate, so to no level, occupation or region
                    group = BLANK_SHEETS;
                } else {
                    List<String> key = new ArrayList<>();
                    for (Dimension d : by) {
                        key.add(d == Dimension.level ? row.level().chineseText()
                                : d == Dimension.occupation ? row.occupation() : row.region());
                    }
                    group = String.join(" | ", key);
                }
                long[] f = groups.computeIfAbsent(group, k -> new long[6]);
                f[0] += row.issued();
                f[1] += row.corrected();
                f[2] += row.revoked();
                f[3] += row.replaced();
                f[4] += row.sheetsUsed();
                f[5] += row.sheetsSpoiled();
            }
            StatisticsRow total = stats.total();
            if (json) {
                List<JsonObject> rows = new ArrayList<>();
                groups.forEach((k, f) -> rows.add(figures(new JsonObject().put("group", k), f)));
                parent.out().println(new JsonObject().put("from", from.toString()).put("to", to.toString())
                        .put("by", by.stream().map(Enum::name).toList()).put("rows", rows)
                        .put("total", figures(new JsonObject(), new long[] {total.issued(), total.corrected(),
                            total.revoked(), total.replaced(), total.sheetsUsed(), total.sheetsSpoiled()})));
            } else {
                parent.out().println("Statistics " + from + " to " + to + " by " + by.toString().toLowerCase(Locale.ROOT));
                // the group column is as wide as its widest cell, counted in terminal columns (Chinese: 2)
                int width = DisplayWidth.of("total");
                for (String k : groups.keySet()) {
                    width = Math.max(width, DisplayWidth.of(k));
                }
                int columns = width;
                parent.out().println(DisplayWidth.padRight("group", columns) + String.format(" %7s %9s %7s %8s %6s %7s",
                        "issued", "corrected", "revoked", "replaced", "sheets", "spoiled"));
                groups.forEach((k, f) -> parent.out().println(DisplayWidth.padRight(k, columns)
                        + String.format(" %7d %9d %7d %8d %6d %7d", f[0], f[1], f[2], f[3], f[4], f[5])));
                parent.out().println(DisplayWidth.padRight("total", columns) + String.format(" %7d %9d %7d %8d %6d %7d",
                        total.issued(), total.corrected(), total.revoked(), total.replaced(), total.sheetsUsed(),
                        total.sheetsSpoiled()));
            }
            return CommandLine.ExitCode.OK;
        }
    }

    private static JsonObject figures(JsonObject json, long[] f) {
        return json.put("issued", f[0]).put("corrected", f[1]).put("revoked", f[2]).put("replaced", f[3])
                .put("sheetsUsed", f[4]).put("sheetsSpoiled", f[5]);
    }
}
