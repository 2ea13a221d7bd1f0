package org.census.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Outlined text's path data in relative coordinates: the same points, and each glyph the same string everywhere. */
class SvgRelativePathsTest {

    @Test
    void batiksPathDataBecomesRelative() {
        assertThat(SvgRelativePaths.relative("M6.91 17 L6.91 9.81 Q9.98 9.81 10.61 10.02 ZM8.19 13.34 L9 9 Z"))
                .isEqualTo("m6.91 17 l0 -7.19 q3.07 0 3.7 0.21 z m1.28 -3.66 l0.81 -4.34 z");
        assertThat(SvgRelativePaths.relative("M0 0 C1 1 2 2 3 3")).isEqualTo("m0 0 c1 1 2 2 3 3");
    }

    @Test
    void pathDataItDoesNotKnowIsLeftAsItIs() {
        assertThat(SvgRelativePaths.relative("M0 0 A5 5 0 0 1 10 10")).isNull();
        assertThat(SvgRelativePaths.relative("M0.125 0 L1 1")).isNull();
        assertThat(SvgRelativePaths.relative("M0,0 L1,1")).isNull();
        assertThat(SvgRelativePaths.relative("M0 0 L1")).isNull();
        assertThat(SvgRelativePaths.relative("M0 0 L1 1 x")).isNull();
    }

    @Property(tries = 200)
    void theRelativePathVisitsTheSamePoints(@ForAll("paths") List<Segment> segments) {
        String absolute = segments.stream().map(Segment::absolute).collect(Collectors.joining(" "));
        String relative = SvgRelativePaths.relative(absolute);
        assertThat(relative).isNotNull();
        assertThat(absolutePoints(relative)).isEqualTo(segments.stream().flatMap(s -> s.points().stream()).toList());
    }

    @Test
    void everyGlyphOfAStringIsTheSamePathData() throws Exception {
        JFreeChart chart = new JFreeChart("eeeeeeee", new PiePlot<String>());
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartWriter.writeSvgWithOutlinedText(chart, svg, ChartSize.SCREEN);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        NodeList paths = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.toByteArray()))
                .getElementsByTagNameNS(ChartSetTest.SVG, "path");
        long most = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            String d = paths.item(i).getAttributes().getNamedItem("d").getNodeValue();
            // Each contour after its move: the same string for the same glyph, wherever it is.
            Map<String, Long> contours = List.of(d.split(" m")).stream()
                    .map(c -> c.replaceFirst("^m?\\S+ \\S+ ", ""))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            most = Math.max(most, contours.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
        assertThat(most).isGreaterThanOrEqualTo(8);
    }

    /** One command and its points in hundredths of a point: M, L, Q, C or Z. */
    record Segment(char command, List<Long> points) {
        String absolute() {
            return command + points.stream().map(p -> java.math.BigDecimal.valueOf(p, 2).toPlainString())
                    .collect(Collectors.joining(" "));
        }
    }

    @Provide
    Arbitrary<List<Segment>> paths() {
        Arbitrary<Long> coordinate = Arbitraries.longs().between(-100_000, 100_000);
        Arbitrary<Segment> segment = Arbitraries.of('L', 'Q', 'C', 'Z', 'M').flatMap(c -> {
            int count = switch (c) {
                case 'L', 'M' -> 2;
                case 'Q' -> 4;
                case 'C' -> 6;
                default -> 0;
            };
            return coordinate.list().ofSize(count).map(points -> new Segment(c, points));
        });
        return Combinators.combine(coordinate, coordinate, segment.list().ofMaxSize(30))
                .as((x, y, rest) -> {
                    List<Segment> all = new ArrayList<>();
                    all.add(new Segment('M', List.of(x, y)));
                    all.addAll(rest);
                    return all;
                });
    }

    /** The points a relative path visits, in hundredths, as an SVG viewer computes them (Z back to the start). */
    private static List<Long> absolutePoints(String relative) {
        List<Long> points = new ArrayList<>();
        long x = 0;
        long y = 0;
        long startX = 0;
        long startY = 0;
        for (String command : relative.split(" (?=[a-z])")) {
            char c = command.charAt(0);
            if (c == 'z') {
                x = startX;
                y = startY;
                continue;
            }
            String[] numbers = command.substring(1).split(" ");
            long baseX = x;
            long baseY = y;
            for (int i = 0; i < numbers.length; i += 2) {
                x = baseX + new java.math.BigDecimal(numbers[i]).movePointRight(2).longValueExact();
                y = baseY + new java.math.BigDecimal(numbers[i + 1]).movePointRight(2).longValueExact();
                points.add(x);
                points.add(y);
            }
            if (c == 'm') {
                startX = x;
                startY = y;
            }
        }
        return points;
    }
}
