package org.census.publication.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.census.CensusException;
import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.html.DocumentOutline;
import org.census.publication.internal.html.HtmlRenderer;
import org.census.publication.internal.pdf.PartLayout.LaidOut;
import org.census.publication.internal.pdf.PartLayout.Spot;
import org.census.publication.internal.pdf.PrintParts.Part;

/**
 * The edition as a PDF for print and e-mail: its print page laid out by openhtmltopdf on PDFBox, part by part. A4 with
 * page numbers, the chart font embedded (so that accents copy and paste as they are), bookmarks from the headings, the
 * charts drawn as vectors by Batik, archivable (PDF/A-2u) and tagged for accessibility (PDF/UA) up to about 1,200
 * pages ({@link #MAX_TAGGED_WEIGHT}).
 *
 * <p>The layout engine holds the whole DOM and boxes of what it lays out, so the document is laid out in parts of
 * bounded size ({@link PrintParts}), two at a time on two cores, each into a temporary file, then merged
 * ({@link PartMerger}). The part holding the table of contents is laid out last, with the page numbers the others
 * gave written in, and again if its own page count moved them. Temporary files live in one directory, deleted however
 * the run ends.
 */
public final class PdfRenderer implements EditionRenderer {
    /** The most a part weighs (see {@link PrintParts#weight}): about 150 pages, well within 512 MB two at a time. */
    static final int MAX_PART_WEIGHT = 2500;
    /**
     * The heaviest document that is tagged for PDF/UA (about 1,200 pages). The merge holds every part's tags in
     * memory (PDFBox joins the structure trees as objects): those of 5,000 fiches (5,300 pages, a struct element and
     * its marked-content references for each run of text) did not fit in 512 MB. A heavier document is laid out
     * untagged: still PDF/A-2u, not PDF/UA.
     */
    static final long MAX_TAGGED_WEIGHT = 20_000;
    /** The table of contents' part is laid out again until its page count stops moving the numbers it prints. */
    private static final int MAX_CONTENTS_LAYOUTS = 4;

    private final int maxPartWeight;
    private final int threads;
    /** Where the run's temporary directory is made; null for the system's. */
    private final Path scratch;

    public PdfRenderer() {
        this(MAX_PART_WEIGHT, Math.min(2, Runtime.getRuntime().availableProcessors()), null);
    }

    /** A renderer with smaller parts, fewer threads or its temporary files elsewhere: for tests. */
    PdfRenderer(int maxPartWeight, int threads, Path scratch) {
        if (maxPartWeight < 1 || threads < 1) {
            throw new IllegalArgumentException("part weight and threads must be positive");
        }
        this.maxPartWeight = maxPartWeight;
        this.threads = threads;
        this.scratch = scratch;
    }

    @Override
    public void render(EditionDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Path directory = scratch == null ? Files.createTempDirectory("census-edition-")
                : Files.createTempDirectory(scratch, "census-edition-");
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "census-pdf-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            EmbeddedFonts fonts = EmbeddedFonts.copyTo(directory);
            DocumentOutline outline = DocumentOutline.of(document);
            List<Part> parts = PrintParts.of(document.blocks(), maxPartWeight, 2 * threads);
            boolean tagged = document.blocks().stream().mapToLong(PrintParts::weight).sum() <= MAX_TAGGED_WEIGHT;
            Layouts layouts = new Layouts(document, outline, fonts, tagged, directory);
            List<Future<LaidOut>> body = new ArrayList<>();
            Future<LaidOut> contentsDraft = null;
            for (Part part : parts) {
                if (part.contents()) {
                    // A first draft, numbers unknown, for its page count: alongside the others.
                    contentsDraft = pool.submit(() -> layouts.layOut(part, Map.of()));
                } else {
                    body.add(pool.submit(() -> layouts.layOut(part, Map.of())));
                }
            }
            List<LaidOut> laidOut = new ArrayList<>();
            for (Future<LaidOut> future : body) {
                laidOut.add(result(future));
            }
            if (contentsDraft != null) {
                laidOut.add(0, contents(parts.get(0), result(contentsDraft), laidOut, layouts));
            }
            PartMerger.merge(laidOut, outline, fonts, directory, out);
        } finally {
            stop(pool);
            deleteAll(directory);
        }
        out.flush();
    }

    /**
     * The table of contents' part laid out with the page numbers written in: the other parts follow it, so their
     * numbers depend on its page count; it is laid out again while that count (or its own anchors) moved.
     */
    private static LaidOut contents(Part part, LaidOut draft, List<LaidOut> others, Layouts layouts)
            throws IOException {
        LaidOut current = draft;
        for (int i = 0; i < MAX_CONTENTS_LAYOUTS; i++) {
            List<LaidOut> all = new ArrayList<>(others);
            all.add(0, current);
            Map<String, Integer> numbers = new HashMap<>();
            PartMerger.anchors(all).forEach((anchor, spot) -> numbers.put(anchor, spot.page() + 1));
            LaidOut next = layouts.layOut(part, numbers);
            boolean settled = next.pages() == current.pages() && next.anchors().equals(current.anchors());
            current = next;
            if (settled) {
                break;
            }
        }
        return current;
    }

    /** What every part's layout shares. */
    private record Layouts(EditionDocument document, DocumentOutline outline, EmbeddedFonts fonts, boolean tagged,
                           Path directory, AtomicInteger files) {
        Layouts(EditionDocument document, DocumentOutline outline, EmbeddedFonts fonts, boolean tagged,
                Path directory) {
            this(document, outline, fonts, tagged, directory, new AtomicInteger());
        }

        LaidOut layOut(Part part, Map<String, Integer> pages) throws IOException {
            EditionDocument blocks = new EditionDocument(document.locale(), document.title(), document.publisher(),
                    document.date(), part.blocks());
            Path file = directory.resolve("part-" + part.index() + "-" + files.incrementAndGet() + ".pdf");
            return PartLayout.layOut(blocks, HtmlRenderer.printPart(outline, pages, part.index() == 0),
                    fonts, tagged, file);
        }
    }

    /** A part's layout, or what went wrong in it, as it went wrong (an out-of-memory error stays one). */
    private static LaidOut result(Future<LaidOut> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CensusException("interrupted while laying out the edition as PDF", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new CensusException("cannot lay out the edition as PDF: " + cause, cause);
        }
    }

    /** Stops the parts still being laid out and waits for them: none may write a file once the directory is gone. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
