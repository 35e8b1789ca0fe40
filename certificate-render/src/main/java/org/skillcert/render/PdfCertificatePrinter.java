package org.skillcert.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.skillcert.core.issue.CertificatePrinter;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.render.internal.AtomicFile;
import org.skillcert.render.sign.CertificateSigner;

/**
 * A ready {@link CertificatePrinter} writing PDFs into a folder: an electronic certificate becomes
 * {@code <number>.pdf} (R-CERT-7), a print run becomes {@code print-run-<id>.pdf} with one overlay
 * page per pre-printed sheet (R-LAY-7). Every file is written to a temporary file, flushed to
 * disk and renamed into place before the call returns, so issuing records a document as written
 * only when it is on disk; writing the same certificate or run again replaces the file with the
 * same content.
 *
 * <pre>{@code
 * Office office = Office.builder(school, storage).actor("教务系统")
 *         .printer(PdfCertificatePrinter.of(CertificateRenderer.builder().build(), out, photoFolder))
 *         .build();
 * }</pre>
 *
 * <p>{@link #check} composes the page with the renderer's own fonts and layout and checks the
 * photo, so issuing refuses a row that cannot be printed before taking its serial. Thread-safe
 * as the renderer is.
 */
public final class PdfCertificatePrinter implements CertificatePrinter {
    private final CertificateRenderer renderer;
    private final Path folder;
    private final Function<String, Photo> photos;
    private final AtomicInteger electronic = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final java.util.Queue<Path> unsynced = new java.util.concurrent.ConcurrentLinkedQueue<>();
    @javax.annotation.Nullable
    private final CertificateSigner signer;

    private PdfCertificatePrinter(CertificateRenderer renderer, Path folder, Function<String, Photo> photos,
            @javax.annotation.Nullable CertificateSigner signer) {
        this.renderer = Objects.requireNonNull(renderer);
        this.folder = Objects.requireNonNull(folder);
        this.photos = Objects.requireNonNull(photos);
        this.signer = signer;
    }

    /**
     * Returns a printer like this one that signs every electronic certificate it writes for the
     * institution (R-CERT-7, PAdES): each is rendered, signed, and only then appears under its name.
     * Print-run overlays are not signed (they go to the printer, not to the holder).
     *
     * @param signer the institution's signer, its key loaded once for the whole batch
     * @return a new printer (counts start at zero)
     */
    public PdfCertificatePrinter signedBy(CertificateSigner signer) {
        return new PdfCertificatePrinter(renderer, folder, photos, Objects.requireNonNull(signer));
    }

    /**
     * A printer whose photo references are file names relative to a folder.
     *
     * @param renderer the renderer (built once: fonts are shared)
     * @param folder where the PDFs go; must exist
     * @param photoFolder the folder photo references are relative to
     * @return the printer
     */
    public static PdfCertificatePrinter of(CertificateRenderer renderer, Path folder, Path photoFolder) {
        return new PdfCertificatePrinter(renderer, folder, ref -> Photo.of(photoFolder.resolve(ref)), null);
    }

    /**
     * A printer that resolves photo references itself (a key in the school system's store).
     *
     * @param renderer the renderer
     * @param folder where the PDFs go; must exist
     * @param photos turns a photo reference into the photo
     * @return the printer
     */
    public static PdfCertificatePrinter of(CertificateRenderer renderer, Path folder, Function<String, Photo> photos) {
        return new PdfCertificatePrinter(renderer, folder, photos, null);
    }

    @Override
    public void print(PrintJob job) {
        CertificateContent content = CertificateContent.from(job, photos.apply(job.photo()));
        Mode mode = job.sheet() == 0 ? Mode.ELECTRONIC : Mode.OVERLAY;
        if (signer != null && mode == Mode.ELECTRONIC) {
            // signed before it appears under its name: a crash leaves no unsigned certificate behind
            signer.write(folder.resolve(content.certificateNumber() + ".pdf"), out -> renderer.render(content, mode, out));
        } else {
            renderer.writeEach(List.of(content), mode, folder);
        }
        electronic.incrementAndGet();
    }

    /**
     * Writes an electronic certificate under its name (temporary file, then renamed) without
     * waiting for the disk; {@link #sync()} makes it durable. A signed certificate or a page on
     * stock is written durably as by {@link #print}.
     *
     * @param job what to print
     * @throws RenderException if rendering or writing fails; nothing is left under the name
     */
    @Override
    public void printUnsynced(PrintJob job) {
        if (job.sheet() != 0 || signer != null) {
            print(job);
            return;
        }
        CertificateContent content = CertificateContent.from(job, photos.apply(job.photo()));
        Path target = folder.resolve(content.certificateNumber() + ".pdf");
        AtomicFile.writeUnsynced(target, out -> {
            renderer.render(content, Mode.ELECTRONIC, out);
            return 0;
        });
        unsynced.add(target);
        electronic.incrementAndGet();
    }

    /**
     * Flushes to disk every certificate {@link #printUnsynced} wrote before this call, then the
     * folder that names them.
     *
     * @throws RenderException {@code IO_FAILED} if the disk refuses
     */
    @Override
    public void sync() {
        List<Path> batch = new ArrayList<>();
        for (Path p = unsynced.poll(); p != null; p = unsynced.poll()) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Path p = batch.get(i);
            try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                // the files not flushed stay for the next sync: a later group must not be recorded without them
                unsynced.addAll(batch.subList(i, batch.size()));
                throw new RenderException(RenderException.Reason.IO_FAILED, p.toString(), 0,
                        "cannot flush " + p + " to disk: " + e.getMessage(), e);
            }
        }
        FileChannel directory;
        try {
            directory = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            // some systems cannot open a folder for flushing (Windows); the files themselves are on disk
            return;
        }
        try (directory) {
            directory.force(true);
        } catch (IOException e) {
            unsynced.addAll(batch);
            throw new RenderException(RenderException.Reason.IO_FAILED, folder.toString(), 0,
                    "cannot flush the folder " + folder + " to disk: " + e.getMessage(), e);
        }
    }

    @Override
    public void printRun(String runId, List<PrintJob> jobs) {
        writePages(jobs, printRunFile(runId));
    }

    /**
     * Writes overlay pages to a file of the caller's choice (e.g. several recorded runs re-written
     * from the database as one file to print); books nothing.
     *
     * @param jobs the pages in order
     * @param target the PDF file, replaced atomically
     * @return the number of pages
     */
    public int writePages(List<PrintJob> jobs, Path target) {
        // pages are made one at a time while the file is written: a run never holds its photos in memory
        Iterable<CertificateContent> contents = () -> new Iterator<>() {
            private final Iterator<PrintJob> it = jobs.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public CertificateContent next() {
                PrintJob job = it.next();
                return CertificateContent.from(job, photos.apply(job.photo()));
            }
        };
        int written = renderer.writeBatch(contents, Mode.OVERLAY, target);
        pages.addAndGet(written);
        return written;
    }

    @Override
    public List<ResultProblem> check(PrintJob job) {
        Photo photo;
        try {
            photo = photos.apply(job.photo());
        } catch (RenderException e) {
            return List.of(problem(e));
        }
        List<ResultProblem> found = new ArrayList<>();
        for (RenderException e : renderer.check(CertificateContent.from(job, photo),
                job.sheet() == 0 ? Mode.ELECTRONIC : Mode.OVERLAY)) {
            found.add(problem(e));
        }
        return found;
    }

    /**
     * The file a print run is written to.
     *
     * @param runId the run id
     * @return {@code <folder>/print-run-<id>.pdf}
     */
    public Path printRunFile(String runId) {
        return folder.resolve("print-run-" + runId + ".pdf");
    }

    /**
     * Whether an electronic certificate's PDF is in the folder.
     *
     * @param number the certificate number
     * @return true if {@code <number>.pdf} exists
     */
    public boolean hasDocument(String number) {
        return Files.isRegularFile(folder.resolve(number + ".pdf"));
    }

    /** @return how many electronic certificates this printer wrote */
    public int electronicCount() {
        return electronic.get();
    }

    /** @return how many print-run pages this printer wrote */
    public int printRunPages() {
        return pages.get();
    }

    private static ResultProblem problem(RenderException e) {
        ResultProblem.Reason reason;
        switch (e.reason()) {
            case MISSING_GLYPH:
                reason = ResultProblem.Reason.MISSING_GLYPH;
                break;
            case TEXT_DOES_NOT_FIT:
                reason = ResultProblem.Reason.DOES_NOT_FIT;
                break;
            case PHOTO_UNSUPPORTED:
                reason = ResultProblem.Reason.PHOTO_UNSUPPORTED;
                break;
            case PHOTO_TOO_LARGE:
                reason = ResultProblem.Reason.PHOTO_TOO_LARGE;
                break;
            case PHOTO_UNREADABLE:
                reason = ResultProblem.Reason.PHOTO_UNREADABLE;
                break;
            default:
                reason = ResultProblem.Reason.CHARACTER;
                break;
        }
        boolean photo = e.reason().name().startsWith("PHOTO");
        return ResultProblem.of(photo ? ResultProblem.Field.PHOTO : field(e.input()), reason, e.position(),
                "R-CERT-1", e.getMessage());
    }

    private static ResultProblem.Field field(String element) {
        String id = element.contains("@") ? element.substring(0, element.indexOf('@')) : element;
        if (id.startsWith("holder.name")) {
            return ResultProblem.Field.NAME;
        }
        if (id.startsWith("id.type")) {
            return ResultProblem.Field.ID_TYPE;
        }
        if (id.startsWith("id.number")) {
            return ResultProblem.Field.ID_NUMBER;
        }
        if (id.startsWith("occupation")) {
            return ResultProblem.Field.OCCUPATION;
        }
        if (id.startsWith("job")) {
            return ResultProblem.Field.JOB_DIRECTION;
        }
        if (id.startsWith("skill.level")) {
            return ResultProblem.Field.LEVEL;
        }
        return ResultProblem.Field.INSTITUTION;
    }
}
