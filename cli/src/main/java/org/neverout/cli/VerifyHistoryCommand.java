package org.neverout.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.neverout.history.HistoryStore;
import org.neverout.history.LedgerCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout verify-history}: recomputes the ledger of the history store. */
@Command(name = "verify-history",
        mixinStandardHelpOptions = true,
        header = "Recompute the history store's ledger: exit 0 when intact, 1 naming the first broken run.",
        description = {
            "Recomputes every recorded run's hash from its stored fields and the run before it (docs/HISTORY.md, "
                + "'The ledger'), and checks that ids follow each other and that the ledger head names the last run. "
                + "A stored field edited, a run deleted or runs reordered make it exit 1, naming the first run "
                + "(id and label) that does not agree."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the ledger is intact",
            "1:the ledger is broken (the first broken run is named)",
            "2:the store cannot be used (unreachable, refused login, newer schema)"})
public final class VerifyHistoryCommand implements Callable<Integer> {
    @Mixin
    HistoryDb db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        HistoryStore store = db.open();
        LedgerCheck check = HistoryDb.call(store, HistoryStore::verify);
        PrintWriter out = spec.commandLine().getOut();
        org.neverout.model.Classification marking = HistoryCommand.classification(HistoryDb.call(store, HistoryStore::runs));
        if (marking.isPresent()) {
            out.println(marking.marking());
        }
        if (check.intact()) {
            out.printf("intact: %d run%s in %s, every hash recomputed%n", check.runs(), check.runs() == 1 ? "" : "s",
                    store.location());
            out.flush();
            return 0;
        }
        String where = check.brokenId() == null ? "after the last run"
                : "run " + check.brokenId() + " '" + check.brokenLabel() + "'";
        out.printf("BROKEN: %s in %s: %s%n", where, store.location(), check.reason());
        out.flush();
        return NeverOut.EXIT_GATE;
    }
}
