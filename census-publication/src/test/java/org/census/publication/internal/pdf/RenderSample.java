package org.census.publication.internal.pdf;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.census.publication.internal.document.EditionDocument;
import org.census.publication.internal.document.EditionRenderer;
import org.census.publication.internal.document.SampleDocuments;
import org.census.publication.internal.html.HtmlRenderer;

/**
 * Renders a sample edition to a file and prints the time and the peak heap it took: run in a JVM of its own by the
 * memory test (under {@code -Xmx512m}), and by hand to look at the output.
 *
 * <pre>java -cp ... org.census.publication.internal.pdf.RenderSample html|print|pdf FICHES|bundled OUT</pre>
 */
public final class RenderSample {
    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        EditionRenderer renderer = switch (args[0]) {
            case "html" -> new HtmlRenderer();
            case "print" -> HtmlRenderer.print();
            case "pdf" -> new PdfRenderer();
            default -> throw new IllegalArgumentException("html, print or pdf, got " + args[0]);
        };
        EditionDocument document = args[1].equals("bundled") ? SampleDocuments.bundled()
                : SampleDocuments.large(Integer.parseInt(args[1]));
        HeapWatch watch = new HeapWatch();
        watch.start();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
            renderer.render(document, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        watch.interrupt();
        System.out.printf("%s %s: %d ms, %d bytes, heap used at most %d MB (sampled), committed %d MB%n", args[0],
                args[1], millis, Files.size(Path.of(args[2])), watch.peak >> 20, Runtime.getRuntime().totalMemory() >> 20);
    }

    /** Samples the heap in use every 20 ms (java.management is not a module this one reads). */
    private static final class HeapWatch extends Thread {
        volatile long peak;

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (!isInterrupted()) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
