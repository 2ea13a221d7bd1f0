package org.census.publication.internal.docx;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders an edition of many fiches to a file, in a JVM of its own that {@link DocxLargeEditionTest} starts with a
 * small heap; prints the time and the peak heap. Arguments: the file, the number of fiches.
 */
final class DocxLargeEdition {
    private DocxLargeEdition() {
    }

    public static void main(String[] args) throws Exception {
        int fiches = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        var document = DocxSamples.large(fiches);
        long built = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            new DocxRenderer().render(document, out);
        }
        long rendered = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d fiches: document %.1f s, DOCX %.1f s, heap peak %d MB (sum of the pools' peaks), "
                + "%d bytes%n", fiches, (built - start) / 1e9, (rendered - built) / 1e9, peak >> 20,
                Files.size(Path.of(args[0])));
    }
}
