package org.census.charts.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.census.CensusException;
import org.census.CensusIOException;

/**
 * The fonts shipped in this jar, so that accented French text draws the same on every machine, including a server
 * with a bare JDK and no fonts at all: Source Sans 3 (Adobe, SIL Open Font License 1.1, see
 * {@code org/census/charts/fonts/OFL-SourceSans3.md}), regular and semibold.
 */
public final class EmbeddedFonts {
    private static final String DIR = "/org/census/charts/fonts/";
    private static final String REGULAR_FILE = "SourceSans3-Regular.ttf";
    private static final String SEMIBOLD_FILE = "SourceSans3-Semibold.ttf";

    /** Loaded once: a font file is read and parsed on first use only. */
    private static final class Loaded {
        static final Font REGULAR = load(REGULAR_FILE);
        static final Font SEMIBOLD = load(SEMIBOLD_FILE);
    }

    private EmbeddedFonts() {
    }

    /** Source Sans 3 Regular, at 1 point: derive the size wanted. */
    public static Font regular() {
        return Loaded.REGULAR;
    }

    /** Source Sans 3 Semibold, at 1 point. */
    public static Font semibold() {
        return Loaded.SEMIBOLD;
    }

    /** An embedded font's name ({@link Font#getFontName()}) and its resource file, for writers that embed it. */
    public record FontFile(String fontName, String resource) {
    }

    public static List<FontFile> files() {
        return List.of(new FontFile(regular().getFontName(), DIR + REGULAR_FILE),
                new FontFile(semibold().getFontName(), DIR + SEMIBOLD_FILE));
    }

    /** Opens one of the font files named by {@link #files()}. */
    public static InputStream open(String resource) {
        InputStream in = EmbeddedFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new CensusException("font resource " + resource + " is missing from census-charts");
        }
        return in;
    }

    private static Font load(String file) {
        try (InputStream in = open(DIR + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new CensusIOException("cannot read the font " + DIR + file + ": " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new CensusException("font resource " + DIR + file + " is not a TrueType font: " + e.getMessage(), e);
        }
    }
}
