package org.skillcert.core.issue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.skillcert.spi.SkillcertException;

/**
 * The parallel electronic pipeline of {@link IssueService} and what a row hands on to it.
 *
 * <p>Three kinds of thread: render workers check rows (photo, glyphs, fit) and write PDFs; the
 * calling thread takes serials and records certificates in roster order (so the numbers are
 * those of a sequential run); one sync thread makes a group of written PDFs durable with one
 * {@link CertificatePrinter#sync()} and records them as written in one registry call. Outcomes
 * leave in roster order, each only after its document is recorded written (or failed). At most
 * a few windows of rows are in flight, so memory does not grow with the roster.
 */
final class IssuePipeline {
    /** Documents recorded as written per registry call (one flush of the disk per group). */
    static final int GROUP = 128;
    private static final int GROUPS_IN_FLIGHT = 2;
    /** A group whose flush and registry call take this long or longer is logged at {@code INFO}. */
    static final long SLOW_GROUP_MS = 5_000;
    private static final System.Logger LOG = System.getLogger("org.skillcert.core.issue");

    private IssuePipeline() {
    }

    /**
     * Runs the roster through the pipeline.
     *
     * @param roster the rows, read once, in order
     * @param checkPage a row's check without the registry (runs on a worker)
     * @param issueRow a checked row's serial and record (runs on the calling thread, in order)
     * @param threads render workers
     * @param markWritten makes the documents written so far durable and records the numbers given
     *     as written (runs on the sync thread)
     * @param sink receives each outcome, in roster order, on the calling thread
     * @return how many of the documents written were re-made for certificates a crash had left
     */
    static int run(Iterator<CandidateResult.Builder> roster, Function<CandidateResult.Builder, CandidateVerdict> checkPage,
            BiFunction<Integer, CandidateVerdict, Pending> issueRow, int threads, Consumer<List<String>> markWritten,
            Consumer<IssueOutcome> sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("skillcert-render"));
        ExecutorService syncer = Executors.newSingleThreadExecutor(daemon("skillcert-sync"));
        try {
            Flow flow = new Flow(workers, syncer, markWritten, sink, threads * 8);
            ArrayDeque<Future<CandidateVerdict>> checks = new ArrayDeque<>();
            int row = 0;
            while (true) {
                while (roster.hasNext() && checks.size() < flow.window) {
                    CandidateResult.Builder b = roster.next();
                    checks.add(workers.submit(() -> checkPage.apply(b)));
                }
                if (checks.isEmpty()) {
                    break;
                }
                flow.add(issueRow.apply(++row, await(checks.poll())));
            }
            flow.finish();
            return flow.remade;
        } finally {
            workers.shutdownNow();
            syncer.shutdownNow();
        }
    }

    /**
     * Marks one group written and logs its time to {@code System.getLogger("org.skillcert.core.issue")}:
     * {@code DEBUG} for every group, {@code INFO} when it takes {@value #SLOW_GROUP_MS} ms or more (a slow
     * disk or database). Only the count is logged, never a number or a holder.
     */
    static void timed(List<String> numbers, Consumer<List<String>> markWritten) {
        timed(numbers, markWritten, SLOW_GROUP_MS);
    }

    static void timed(List<String> numbers, Consumer<List<String>> markWritten, long slowMs) {
        long start = System.nanoTime();
        markWritten.accept(numbers);
        long ms = (System.nanoTime() - start) / 1_000_000;
        boolean slow = ms >= slowMs;
        if (slow || LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(slow ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
                    "issue: {0} documents made durable and recorded written in {1} ms{2}", numbers.size(), ms,
                    slow ? ": slow, " + slowMs + " ms or more" : "");
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A row on its way out: its outcome, and its document being written (or null). */
    private static final class Slot {
        final Pending pending;
        @Nullable
        final Future<?> writing;
        @Nullable
        IssueOutcome failed;

        Slot(Pending pending, @Nullable Future<?> writing) {
            this.pending = pending;
            this.writing = writing;
        }

        boolean written() {
            return writing != null && failed == null;
        }
    }

    /** The rows after the calling thread: documents written, then grouped, synced and recorded. */
    private static final class Flow {
        private final ExecutorService workers;
        private final ExecutorService syncer;
        private final Consumer<List<String>> markWritten;
        private final Consumer<IssueOutcome> sink;
        final int window;
        private final ArrayDeque<Slot> writing = new ArrayDeque<>();
        private List<Slot> group = new ArrayList<>();
        private final ArrayDeque<java.util.Map.Entry<List<Slot>, Future<?>>> syncing = new ArrayDeque<>();
        int remade;

        Flow(ExecutorService workers, ExecutorService syncer, Consumer<List<String>> markWritten, Consumer<IssueOutcome> sink,
                int window) {
            this.workers = workers;
            this.syncer = syncer;
            this.markWritten = markWritten;
            this.sink = sink;
            this.window = window;
        }

        void add(Pending p) {
            writing.add(new Slot(p, p.document() == null ? null : workers.submit(p.document())));
            while (!writing.isEmpty() && (writing.size() > window || writing.peek().writing == null
                    || writing.peek().writing.isDone())) {
                toGroup(writing.poll());
            }
            while (!syncing.isEmpty() && (syncing.size() > GROUPS_IN_FLIGHT || syncing.peek().getValue().isDone())) {
                emit(syncing.poll());
            }
        }

        void finish() {
            while (!writing.isEmpty()) {
                toGroup(writing.poll());
            }
            submitGroup();
            while (!syncing.isEmpty()) {
                emit(syncing.poll());
            }
        }

        private void toGroup(Slot slot) {
            if (slot.writing != null) {
                try {
                    await(slot.writing);
                } catch (SkillcertException e) {
                    slot.failed = documentFailed(slot.pending.outcome(), e);
                }
            }
            group.add(slot);
            if (group.size() >= GROUP) {
                submitGroup();
            }
        }

        private void submitGroup() {
            if (group.isEmpty()) {
                return;
            }
            List<String> numbers = new ArrayList<>();
            for (Slot s : group) {
                if (s.written()) {
                    numbers.add(s.pending.outcome().certificate().number().toString());
                }
            }
            Future<?> sync = numbers.isEmpty() ? CompletableFuture.completedFuture(null)
                    : syncer.submit(() -> timed(numbers, markWritten));
            syncing.add(new java.util.AbstractMap.SimpleEntry<>(group, sync));
            group = new ArrayList<>();
        }

        private void emit(java.util.Map.Entry<List<Slot>, Future<?>> done) {
            SkillcertException failure = null;
            try {
                await(done.getValue());
            } catch (SkillcertException e) {
                failure = e;
            }
            for (Slot s : done.getKey()) {
                if (!s.written()) {
                    sink.accept(s.failed != null ? s.failed : s.pending.outcome());
                } else if (failure != null) {
                    sink.accept(documentFailed(s.pending.outcome(), failure));
                } else {
                    if (s.pending.again()) {
                        remade++;
                    }
                    sink.accept(s.pending.outcome());
                }
            }
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while issuing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The outcome of a row recorded whose document could not be written: the next run writes it. */
    static IssueOutcome documentFailed(IssueOutcome recorded, SkillcertException e) {
        return new IssueOutcome(recorded.row(), recorded.resultId(), IssueOutcome.Kind.FAILED, recorded.certificate(),
                recorded.dueDate(), List.of(new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.NOT_RECORDED,
                        0, "R-ISS-1", "certificate " + recorded.certificate().number() + " is recorded but its document was"
                                + " not written (" + e.getMessage() + "); run the roster again to write it")));
    }

    /**
     * A row's outcome and, for an electronic certificate, the writing of its PDF still to do
     * (not yet durable, not yet recorded as written).
     *
     * @param outcome the outcome once the document is recorded
     * @param document writes the PDF, or null
     * @param again whether the document is re-made for a certificate a crash left without it
     */
    record Pending(IssueOutcome outcome, @Nullable Runnable document, boolean again) {
        Pending(IssueOutcome outcome) {
            this(outcome, null, false);
        }
    }
}
