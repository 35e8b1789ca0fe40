package org.skillcert.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.stock.StockService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert stock demand}: appendix 1, the yearly blank-stock demand form (R-STK-1), from the
 * estimates given and the blank sheets on the books. A subcommand of {@link StockCommand}, in its
 * own file to keep each source file small.
 */
@Command(name = "demand", mixinStandardHelpOptions = true,
        description = {"Writes appendix 1, the yearly blank-stock demand form (R-STK-1): the estimated passes per"
            + " level, last year's remaining blank stock as ONE figure (blank sheets carry no level, §2; default:"
            + " the blank sheets on the books) and the demand = total estimate - stock, never below zero."})
final class StockDemandCommand implements Callable<Integer> {
    @ParentCommand
    StockCommand stock;

    @Mixin
    StoreOptions store;

    @Mixin
    FontOptions fontOptions = new FontOptions();

    @Option(names = "--institution", required = true, paramLabel = "NAME", description = "填报单位, the filing institution.")
    String institution;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year the estimate is for (default: the form date's year).")
    @Nullable
    Integer year;

    @Option(names = "--date", paramLabel = "DATE", description = "The form's date (default: today); due by 25 January.")
    @Nullable
    LocalDate date;

    @Option(names = "--estimate", split = ",", paramLabel = "LEVEL=N",
            description = "Estimated passes per level, e.g. 5=300,4=200 (levels 1-5; missing levels are 0).")
    java.util.Map<Integer, Integer> estimates = new java.util.LinkedHashMap<>();

    @Option(names = "--stock", paramLabel = "SHEETS",
            description = "Last year's remaining blank stock (default: the blank sheets on the books now).")
    @Nullable
    Integer closingStock;

    @Option(names = "--contact", paramLabel = "NAME", defaultValue = "", description = "联系人.")
    String contact;

    @Option(names = "--phone", paramLabel = "PHONE", defaultValue = "", description = "联系电话.")
    String phone;

    @Option(names = "--address", paramLabel = "TEXT", defaultValue = "", description = "详细地址.")
    String address;

    @Option(names = "--remarks", paramLabel = "TEXT", defaultValue = "", description = "备注, printed as given.")
    String remarks;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
    java.nio.file.Path out;

    @Override
    public Integer call() throws java.io.IOException {
        SkillcertCommand parent = stock.parent;
        LocalDate on = date != null ? date : LocalDate.now(StockReport.ZONE);
        int formYear = year != null ? year : on.getYear();
        org.skillcert.core.stock.DemandForm.Builder b = org.skillcert.core.stock.DemandForm.forYear(formYear, institution);
        for (java.util.Map.Entry<Integer, Integer> e : estimates.entrySet()) {
            org.skillcert.core.number.SkillLevel level;
            try {
                level = org.skillcert.core.number.SkillLevel.of(e.getKey());
            } catch (RuntimeException ex) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--estimate: level "
                        + e.getKey() + " is not 1-5");
            }
            if (e.getValue() < 0) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--estimate: "
                        + e.getKey() + "=" + e.getValue() + " is negative");
            }
            b.estimate(level, e.getValue());
        }
        int sheets;
        if (closingStock != null) {
            if (closingStock < 0) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--stock: " + closingStock + " is negative");
            }
            sheets = closingStock;
        } else {
            try (StoreOptions.OpenStore open = store.open(parent)) {
                sheets = Math.toIntExact(new StockService(open.ledger(), Clock.systemUTC(), "report").blankOnBooks().size());
            }
        }
        org.skillcert.core.stock.DemandForm form = b.closingStock(sheets)
                .contact(new org.skillcert.core.stock.DemandForm.Contact(contact, phone, address, remarks)).filedOn(on);
        java.nio.file.Path parentDir = out.toAbsolutePath().getParent();
        if (parentDir != null) {
            java.nio.file.Files.createDirectories(parentDir);
        }
        try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(out)) {
            org.skillcert.render.form.FormRenderer.of(fontOptions.library(parent), Clock.systemUTC())
                    .renderDemandForm(org.skillcert.render.form.DemandFormContent.from(form), file);
        }
        parent.out().println("Demand form " + formYear + ": estimate " + form.totalEstimate() + " - stock "
                + form.closingStock() + " = demand " + form.demand() + " sheets (R-STK-1), dated " + on + ": " + out);
        form.lateWarning().ifPresent(w -> parent.err().println("warning: " + w));
        return CommandLine.ExitCode.OK;
    }
}
