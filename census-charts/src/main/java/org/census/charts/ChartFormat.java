package org.census.charts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.census.CensusException;

/** The file formats a chart is written in: a bitmap for screens and office documents, two vector formats for print. */
public enum ChartFormat {
    /** A bitmap at the size's DPI, with the DPI recorded in the file. */
    PNG("png", "image/png"),
    /** Vector; text stays text, the glyphs of the chart font that it uses embedded. */
    SVG("svg", "image/svg+xml"),
    /** Vector; text stays text, the font embedded. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@return the file extension without the dot: "png"} */
    public String extension() {
        return extension;
    }

    /** {@return the media type: "image/png"} */
    public String mediaType() {
        return mediaType;
    }

    /**
     * {@return the file name of a chart in this format: "regions.png"}
     *
     * @param chartId the chart's id
     */
    public String fileName(String chartId) {
        return chartId + "." + extension;
    }

    /**
     * {@return the format of that name}
     *
     * @param name "png", "svg" or "pdf", in any case
     * @throws CensusException naming the known formats, for another name
     */
    public static ChartFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new CensusException("unknown chart format \"" + name + "\"; known formats: "
                        + Arrays.stream(values()).map(ChartFormat::extension).collect(Collectors.joining(", "))));
    }
}
