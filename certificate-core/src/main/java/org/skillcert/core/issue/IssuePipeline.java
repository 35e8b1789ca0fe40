package org.skillcert.core.issue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.skillcert.spi.SkillcertException;

/** The parallel electronic pipeline of {@link IssueService} and what a row hands on to it. */
final class IssuePipeline {
    private IssuePipeline() {
    }

    /**
     * Electronic certificates on several threads: rows are checked (photo, glyphs, fit) and their
     * PDFs written in parallel, while serials and records are taken on this thread in roster order
     * (so the numbers are those of a sequential run); outcomes leave in roster order. At most a
     * small window of rows is in flight, so memory does not grow with the roster.
     */
    static void run(List<CandidateResult.Builder> roster, Function<CandidateResult.Builder, CandidateVerdict> checkPage,
            BiFunction<Integer, CandidateVerdict, Pending> issueRow, int threads, Consumer<IssueOutcome> sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "skillcert-render");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 8;
            ArrayDeque<Future<CandidateVerdict>> checks = new ArrayDeque<>();
            ArrayDeque<Map.Entry<IssueOutcome, Future<?>>> documents = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < roster.size(); i++) {
                while (next < roster.size() && next - i < window) {
                    CandidateResult.Builder b = roster.get(next++);
                    checks.add(workers.submit(() -> checkPage.apply(b)));
                }
                Pending p = issueRow.apply(i + 1, await(checks.poll()));
                documents.add(new java.util.AbstractMap.SimpleEntry<>(p.outcome(),
                        p.document() == null ? null : workers.submit(p.document())));
                while (!documents.isEmpty() && (documents.size() > window || documents.peek().getValue() == null
                        || documents.peek().getValue().isDone())) {
                    emit(documents.poll(), sink);
                }
            }
            while (!documents.isEmpty()) {
                emit(documents.poll(), sink);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void emit(Map.Entry<IssueOutcome, Future<?>> pending, Consumer<IssueOutcome> sink) {
        if (pending.getValue() == null) {
            sink.accept(pending.getKey());
            return;
        }
        try {
            await(pending.getValue());
            sink.accept(pending.getKey());
        } catch (SkillcertException e) {
            sink.accept(documentFailed(pending.getKey(), e));
        }
    }

    private static <T> T await(Future<T> future) {
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

    /** A row's outcome and, for an electronic certificate, the writing of its PDF still to do. */
    record Pending(IssueOutcome outcome, @Nullable Runnable document) {
        Pending(IssueOutcome outcome) {
            this(outcome, null);
        }
    }
}
