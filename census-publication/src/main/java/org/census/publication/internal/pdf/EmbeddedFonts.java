package org.census.publication.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.census.CensusException;
import org.census.charts.ChartWriter;

/**
 * The chart font census-charts ships (SIL Open Font License 1.1), copied to files: the same letters in charts and
 * text. The SVG drawer takes its fonts from files only, and draws a chart's text in a fallback font otherwise, wider
 * than the one its labels were placed with. The copies leave out the font's glyph substitutions, which PDFBox would
 * otherwise apply, slowly, to every string (see {@link FontTables}).
 *
 * @param regular  the regular face
 * @param semibold the semibold face, the text's bold
 */
record EmbeddedFonts(Path regular, Path semibold) {
    private static final String FONT_DIRECTORY = "/org/census/charts/fonts/";
    /** The family the print page names. */
    static final String FAMILY = "Source Sans 3";

    /** The two faces copied into a directory that the caller deletes. */
    static EmbeddedFonts copyTo(Path directory) throws IOException {
        return new EmbeddedFonts(copy("SourceSans3-Regular.ttf", directory),
                copy("SourceSans3-Semibold.ttf", directory));
    }

    private static Path copy(String file, Path directory) throws IOException {
        try (InputStream in = ChartWriter.class.getResourceAsStream(FONT_DIRECTORY + file)) {
            if (in == null) {
                throw new CensusException("font " + file + " is missing from census-charts");
            }
            Path copy = directory.resolve(file);
            Files.write(copy, FontTables.without(in.readAllBytes(), Set.of("GSUB")));
            return copy;
        }
    }
}
