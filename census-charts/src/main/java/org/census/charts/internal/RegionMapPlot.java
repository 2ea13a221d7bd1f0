package org.census.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.census.charts.spi.ChartContext;
import org.census.charts.spi.ChartTheme;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.data.category.CategoryDataset;

/**
 * A choropleth: the regions of a country filled by the class of their count and labelled with name and count. A
 * region too small for its label (a capital district) is labelled outside, with a leader line.
 */
final class RegionMapPlot extends Plot {
    private static final long serialVersionUID = 1L;
    /** How far an outside label sits from its region, in points. */
    private static final double LEADER = 34;

    private final transient Optional<RegionMap> map;
    private final CategoryDataset dataset;
    private final transient ChartContext context;
    private final ValueClasses classes;

    /**
     * @param dataset one row, one column per region named as the census names it
     */
    RegionMapPlot(Optional<RegionMap> map, CategoryDataset dataset, ChartContext context) {
        this.map = map;
        this.dataset = dataset;
        this.context = context;
        this.classes = ValueClasses.of(dataset);
    }

    CategoryDataset getDataset() {
        return dataset;
    }

    @Override
    public String getPlotType() {
        return "Region map";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return map.isEmpty() ? new LegendItemCollection() : classes.legend(context);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D plotArea, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo info) {
        Rectangle2D area = getInsets().createInsetRectangle(plotArea);
        if (info != null) {
            info.setPlotArea(plotArea);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        if (map.isEmpty()) {
            drawNoDataMessage(g2, area);
            return;
        }
        ChartTheme theme = context.theme();
        AffineTransform projection = fit(map.get(), area);
        Area country = new Area();
        for (RegionMap.Region region : map.get().regions()) {
            Shape shape = projection.createTransformedShape(region.outline());
            country.add(new Area(shape));
            g2.setPaint(classes.colour(value(region), theme));
            g2.fill(shape);
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(shape);
        }
        g2.setPaint(theme.muted());
        g2.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(country);
        Rectangle2D bounds = country.getBounds2D();
        labels(g2, projection, new Point2D.Double(bounds.getCenterX(), bounds.getCenterY()));
    }

    /** How a label is set: inside its region on two lines, on one, on one in a smaller size, or outside. */
    private enum Layout { TWO_LINES, ONE_LINE, SMALL, OUTSIDE }

    private record Placement(RegionMap.Region region, Point2D anchor, Rectangle2D box, Layout layout) {
    }

    /**
     * Labels every region. Regions too small for any inside label get a card outside first, clear of every leader
     * line's anchor; then the others are placed inside, clear of the anchors and of labels already placed.
     */
    private void labels(Graphics2D g2, AffineTransform projection, Point2D centre) {
        List<Rectangle2D> taken = new ArrayList<>();
        List<RegionMap.Region> outside = new ArrayList<>();
        for (RegionMap.Region region : map.get().regions()) {
            if (inside(g2, projection, region, List.of()).isEmpty()) {
                outside.add(region);
                taken.add(centred(projection.transform(region.label(), null), 8, 8));
            }
        }
        List<Placement> placements = new ArrayList<>();
        for (RegionMap.Region region : outside) {
            Point2D at = projection.transform(region.label(), null);
            Rectangle2D card = outside(at, centre, box(g2, at, region, Layout.TWO_LINES), taken);
            placements.add(new Placement(region, at, card, Layout.OUTSIDE));
            taken.add(grow(card, 4));
        }
        for (RegionMap.Region region : map.get().regions()) {
            if (!outside.contains(region)) {
                Placement p = inside(g2, projection, region, taken).orElseGet(() -> {
                    Point2D at = projection.transform(region.label(), null);
                    return new Placement(region, at, box(g2, at, region, Layout.SMALL), Layout.SMALL);
                });
                placements.add(p);
                taken.add(grow(p.box(), 2));
            }
        }
        for (Placement p : placements) {
            draw(g2, p);
        }
    }

    private Optional<Placement> inside(Graphics2D g2, AffineTransform projection, RegionMap.Region region,
                                       List<Rectangle2D> taken) {
        Shape shape = projection.createTransformedShape(region.outline());
        Point2D at = projection.transform(region.label(), null);
        for (Layout layout : List.of(Layout.TWO_LINES, Layout.ONE_LINE, Layout.SMALL)) {
            Optional<Rectangle2D> box = placeInside(shape, box(g2, at, region, layout), taken);
            if (box.isPresent()) {
                return Optional.of(new Placement(region, at, box.get(), layout));
            }
        }
        return Optional.empty();
    }

    private Font nameFont(Layout layout) {
        return context.theme().font(layout == Layout.SMALL ? 0.85 : 0.95);
    }

    private Font countFont(Layout layout) {
        return context.theme().boldFont(layout == Layout.SMALL ? 0.95 : 1.1);
    }

    /** The label's box centred on a point. */
    private Rectangle2D box(Graphics2D g2, Point2D at, RegionMap.Region region, Layout layout) {
        FontMetrics name = g2.getFontMetrics(nameFont(layout));
        FontMetrics count = g2.getFontMetrics(countFont(layout));
        double nameWidth = name.stringWidth(region.name());
        double countWidth = count.stringWidth(context.count(value(region)));
        return switch (layout) {
            case TWO_LINES, OUTSIDE -> centred(at, Math.max(nameWidth, countWidth),
                    name.getAscent() + name.getDescent() + count.getAscent());
            case ONE_LINE, SMALL -> centred(at, nameWidth + name.stringWidth(" ") + countWidth,
                    count.getAscent() + 2);
        };
    }

    private void draw(Graphics2D g2, Placement p) {
        ChartTheme theme = context.theme();
        Rectangle2D box = p.box();
        Color text = theme.textOn(classes.colour(value(p.region()), theme));
        if (p.layout() == Layout.OUTSIDE) {
            RoundRectangle2D card = new RoundRectangle2D.Double(box.getX() - 3, box.getY() - 2, box.getWidth() + 6,
                    box.getHeight() + 4, 4, 4);
            g2.setPaint(theme.ink());
            g2.setStroke(new BasicStroke(0.6f));
            Point2D middle = new Point2D.Double(box.getCenterX(), box.getCenterY());
            g2.draw(new Line2D.Double(p.anchor(), clip(middle, p.anchor(), card.getBounds2D())));
            g2.fill(new Ellipse2D.Double(p.anchor().getX() - 1.5, p.anchor().getY() - 1.5, 3, 3));
            g2.setPaint(Color.WHITE);
            g2.fill(card);
            g2.setPaint(theme.muted());
            g2.draw(card);
            text = theme.ink();
        }
        Font nameFont = nameFont(p.layout());
        Font countFont = countFont(p.layout());
        FontMetrics nameMetrics = g2.getFontMetrics(nameFont);
        FontMetrics countMetrics = g2.getFontMetrics(countFont);
        String name = p.region().name();
        String count = context.count(value(p.region()));
        g2.setPaint(text);
        if (p.layout() == Layout.ONE_LINE || p.layout() == Layout.SMALL) {
            float baseline = (float) (box.getMaxY() - 2);
            g2.setFont(nameFont);
            g2.drawString(name, (float) box.getX(), baseline);
            g2.setFont(countFont);
            g2.drawString(count, (float) (box.getX() + nameMetrics.stringWidth(name + " ")), baseline);
            return;
        }
        g2.setFont(nameFont);
        float baseline = (float) (box.getY() + nameMetrics.getAscent());
        g2.drawString(name, (float) (box.getCenterX() - nameMetrics.stringWidth(name) / 2.0), baseline);
        g2.setFont(countFont);
        g2.drawString(count, (float) (box.getCenterX() - countMetrics.stringWidth(count) / 2.0),
                (float) (baseline + nameMetrics.getDescent() + countMetrics.getAscent()));
    }

    private static Rectangle2D centred(Point2D at, double width, double height) {
        return new Rectangle2D.Double(at.getX() - width / 2, at.getY() - height / 2, width, height);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** A box away from the middle of the country, pushed further out until it clears what is already placed. */
    private static Rectangle2D outside(Point2D at, Point2D centre, Rectangle2D size, List<Rectangle2D> taken) {
        double away = Math.atan2(at.getY() - centre.getY(), at.getX() - centre.getX());
        for (double distance = LEADER; distance < LEADER * 4; distance += 6) {
            // Straight away from the middle first, then turning either way.
            for (int turn : new int[] {0, 1, -1, 2, -2}) {
                double angle = away + turn * Math.PI / 6;
                Rectangle2D box = centred(new Point2D.Double(at.getX() + Math.cos(angle) * distance,
                        at.getY() + Math.sin(angle) * distance), size.getWidth(), size.getHeight());
                if (!intersectsAny(grow(box, 4), taken)) {
                    return box;
                }
            }
        }
        return centred(new Point2D.Double(at.getX() + Math.cos(away) * LEADER, at.getY() + Math.sin(away) * LEADER),
                size.getWidth(), size.getHeight());
    }

    private static boolean intersectsAny(Rectangle2D box, List<Rectangle2D> taken) {
        return taken.stream().anyMatch(box::intersects);
    }

    /**
     * The label's box moved as little as possible to lie inside its region and clear of what is already placed:
     * tried at the label point, then at growing distances in sixteen directions, up to half the region's size.
     */
    private static Optional<Rectangle2D> placeInside(Shape shape, Rectangle2D box, List<Rectangle2D> taken) {
        Rectangle2D bounds = shape.getBounds2D();
        double reach = Math.max(bounds.getWidth(), bounds.getHeight()) / 2;
        for (double r = 0; r <= reach; r += 2) {
            for (int k = 0; k < (r == 0 ? 1 : 16); k++) {
                double angle = k * Math.PI / 8;
                Rectangle2D moved = new Rectangle2D.Double(box.getX() + r * Math.cos(angle),
                        box.getY() + r * Math.sin(angle), box.getWidth(), box.getHeight());
                if (shape.contains(grow(moved, 1)) && !intersectsAny(moved, taken)) {
                    return Optional.of(moved);
                }
            }
        }
        return Optional.empty();
    }

    /** Where the segment from a card's centre towards a point leaves the card. */
    private static Point2D clip(Point2D centre, Point2D towards, Rectangle2D card) {
        double dx = towards.getX() - centre.getX();
        double dy = towards.getY() - centre.getY();
        double tx = dx == 0 ? Double.MAX_VALUE : (card.getWidth() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (card.getHeight() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new Point2D.Double(centre.getX() + dx * t, centre.getY() + dy * t);
    }

    private int value(RegionMap.Region region) {
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            if (region.outlines().isCalled(dataset.getColumnKey(c).toString())) {
                Number n = dataset.getValue(0, c);
                return n == null ? 0 : n.intValue();
            }
        }
        return 0;
    }

    /**
     * Longitude and latitude to points: an equirectangular projection true to scale at the map's middle latitude
     * (fine for one country), fitted into the area with its proportions kept and room for outside labels.
     */
    private static AffineTransform fit(RegionMap map, Rectangle2D area) {
        Rectangle2D degrees = null;
        for (RegionMap.Region r : map.regions()) {
            Rectangle2D b = r.outline().getBounds2D();
            degrees = degrees == null ? b : degrees.createUnion(b);
        }
        double kx = Math.cos(Math.toRadians(degrees.getCenterY()));
        double margin = 12;
        double scale = Math.min((area.getWidth() - 2 * margin) / (degrees.getWidth() * kx),
                (area.getHeight() - 2 * margin) / degrees.getHeight());
        double width = degrees.getWidth() * kx * scale;
        double height = degrees.getHeight() * scale;
        AffineTransform t = new AffineTransform();
        t.translate(area.getCenterX() - width / 2, area.getCenterY() + height / 2);
        t.scale(kx * scale, -scale);
        t.translate(-degrees.getX(), -degrees.getY());
        return t;
    }
}
