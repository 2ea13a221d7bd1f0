package org.census.io.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a format plugin is: a constant value, normalised here so that lookups can compare plainly.
 *
 * @param name       the format's name, lower case ("json", "xlsx")
 * @param extensions file extensions it claims, lower case, without the dot ("json")
 * @param mediaType  its media type ("application/json")
 * @param canRead    whether it reads censuses
 * @param canWrite   whether it writes censuses
 * @param byExtension whether a file with one of its extensions gets this format when none is named; false for a
 *                   format that reads files other formats claim (the {@code table} format reads {@code .xlsx} and
 *                   {@code .csv}) and is used only when named
 */
public record FormatInfo(String name, List<String> extensions, String mediaType, boolean canRead, boolean canWrite,
                         boolean byExtension) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public FormatInfo {
        name = normalise(Objects.requireNonNull(name, "name"));
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a format name is lower-case letters, digits and '-', got \"" + name
                    + "\"");
        }
        extensions = extensions.stream().map(FormatInfo::extension).distinct().toList();
        mediaType = Objects.requireNonNull(mediaType, "mediaType").strip().toLowerCase(Locale.ROOT);
        if (!canRead && !canWrite) {
            throw new IllegalArgumentException("format " + name + " neither reads nor writes");
        }
    }

    /** A format that files get by their extension. */
    public FormatInfo(String name, List<String> extensions, String mediaType, boolean canRead, boolean canWrite) {
        this(name, extensions, mediaType, canRead, canWrite, true);
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** An extension as compared: lower case, no leading dot ("XLSX", ".xlsx" and "xlsx" are one). */
    public static String extension(String ext) {
        String e = normalise(ext);
        e = e.startsWith(".") ? e.substring(1) : e;
        if (e.isEmpty()) {
            throw new IllegalArgumentException("empty file extension");
        }
        return e;
    }
}
