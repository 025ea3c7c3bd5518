/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.smartmetertexas.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The demo's chart as a PNG (java.awt, headless): on top a heat map of one meter's 15-minute consumption by day
 * (x) and time of day (y); below the daily totals of every meter with the solar surplus drawn below zero.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class DemoChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 930;
    /** Quarter-hours of a wall-clock day. */
    static final int SLOTS = 96;

    private static final int LEFT = 100;
    private static final int RIGHT = 1040;
    private static final int HEAT_TOP = 90;
    private static final int HEAT_BOTTOM = 474;
    private static final int BARS_TOP = 580;
    private static final int BARS_BOTTOM = 830;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color NO_DATA = new Color(0xee, 0xee, 0xee);
    private static final Color HOUSEHOLD = new Color(0x3b, 0x6e, 0xb4);
    private static final Color SOLAR_GRID = new Color(0xe0, 0x8a, 0x2c);
    private static final Color SURPLUS = new Color(0x3c, 0xa0, 0x52);
    /** Dark to bright: low to high consumption. */
    private static final Color[] SCALE = { new Color(0x10, 0x0c, 0x3a), new Color(0x58, 0x16, 0x6e),
            new Color(0xa3, 0x2b, 0x5f), new Color(0xe0, 0x5a, 0x2e), new Color(0xf8, 0xb3, 0x2a),
            new Color(0xfc, 0xf5, 0xa0) };
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /**
     * One day's totals.
     *
     * @param day the Central calendar day
     * @param household consumption of the household meter (kWh)
     * @param solarGrid consumption from the grid of the solar meter (kWh)
     * @param solarSurplus surplus the solar meter sent to the grid (kWh)
     */
    record DayTotals(LocalDate day, double household, double solarGrid, double solarSurplus) {
    }

    /**
     * What the chart shows.
     *
     * @param title the chart's title
     * @param heatTitle the heat map's title
     * @param days the days, oldest first (the heat map's columns)
     * @param heat per day (same order) {@link #SLOTS} kWh values by wall-clock quarter-hour; NaN where no data
     * @param totals per day (same order) the daily totals
     */
    record Data(String title, String heatTitle, List<LocalDate> days, List<double[]> heat, List<DayTotals> totals) {
    }

    private DemoChart() {
    }

    /** Renders the chart and writes it as PNG (as {@link CsvOutput#replace} does); true when it replaced one. */
    static boolean write(Data data, Path file) throws IOException {
        BufferedImage image = render(data);
        return CsvOutput.replace(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    static BufferedImage render(Data data) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            centered(g, data.title(), WIDTH / 2, 36);
            heatMap(g, data);
            dailyBars(g, data);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void heatMap(Graphics2D g, Data data) {
        int days = data.days().size();
        double max = 0;
        for (double[] day : data.heat()) {
            for (double v : day) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        if (max <= 0) {
            max = 1;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(INK);
        g.drawString(data.heatTitle(), LEFT, HEAT_TOP - 14);

        double columnWidth = (RIGHT - LEFT) / (double) Math.max(1, days);
        double rowHeight = (HEAT_BOTTOM - HEAT_TOP) / (double) SLOTS;
        for (int d = 0; d < days; d++) {
            double[] values = data.heat().get(d);
            int x0 = LEFT + (int) Math.round(d * columnWidth);
            int x1 = LEFT + (int) Math.round((d + 1) * columnWidth);
            for (int s = 0; s < SLOTS; s++) {
                int y0 = HEAT_TOP + (int) Math.round(s * rowHeight);
                int y1 = HEAT_TOP + (int) Math.round((s + 1) * rowHeight);
                double v = s < values.length ? values[s] : Double.NaN;
                g.setColor(Double.isNaN(v) ? NO_DATA : shade(v / max));
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
        g.setColor(INK);
        g.drawRect(LEFT, HEAT_TOP, RIGHT - LEFT, HEAT_BOTTOM - HEAT_TOP);

        // time of day on the left, every 3 hours
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        for (int hour = 0; hour <= 24; hour += 3) {
            int y = HEAT_TOP + (int) Math.round(hour * 4 * rowHeight);
            g.drawLine(LEFT - 5, y, LEFT, y);
            String label = String.format(Locale.ROOT, "%02d:00", hour);
            g.drawString(label, LEFT - 9 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
        }
        dayAxis(g, data.days(), HEAT_BOTTOM, columnWidth);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        vertical(g, "time of day (Central)", 30, (HEAT_TOP + HEAT_BOTTOM) / 2);
        centered(g, "day (Central)", (LEFT + RIGHT) / 2, HEAT_BOTTOM + 42);

        // colour legend
        int legendX = RIGHT + 40;
        int legendWidth = 18;
        for (int y = HEAT_TOP; y < HEAT_BOTTOM; y++) {
            double fraction = 1 - (y - HEAT_TOP) / (double) (HEAT_BOTTOM - HEAT_TOP);
            g.setColor(shade(fraction));
            g.drawLine(legendX, y, legendX + legendWidth, y);
        }
        g.setColor(INK);
        g.drawRect(legendX, HEAT_TOP, legendWidth, HEAT_BOTTOM - HEAT_TOP);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format(Locale.ROOT, "%.2f", max), legendX + legendWidth + 6, HEAT_TOP + 10);
        g.drawString(String.format(Locale.ROOT, "%.2f", max / 2), legendX + legendWidth + 6,
                (HEAT_TOP + HEAT_BOTTOM) / 2 + 4);
        g.drawString("0", legendX + legendWidth + 6, HEAT_BOTTOM);
        g.setColor(NO_DATA);
        g.fillRect(legendX, HEAT_BOTTOM + 18, legendWidth, 12);
        g.setColor(INK);
        g.drawRect(legendX, HEAT_BOTTOM + 18, legendWidth, 12);
        g.drawString("no data", legendX + legendWidth + 6, HEAT_BOTTOM + 29);
        vertical(g, "kWh per 15 minutes", legendX + legendWidth + 62, (HEAT_TOP + HEAT_BOTTOM) / 2);
    }

    private static void dailyBars(Graphics2D g, Data data) {
        List<DayTotals> totals = data.totals();
        int days = totals.size();
        double top = 1;
        double bottom = 0;
        for (DayTotals t : totals) {
            top = Math.max(top, Math.max(t.household(), t.solarGrid()));
            bottom = Math.max(bottom, t.solarSurplus());
        }
        double step = niceStep((top + bottom) / 5);
        top = Math.ceil(top / step) * step;
        bottom = Math.ceil(bottom / step) * step;
        double scale = (BARS_BOTTOM - BARS_TOP) / (top + bottom);
        int zero = BARS_TOP + (int) Math.round(top * scale);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(INK);
        g.drawString("Daily totals: consumption from the grid, and solar surplus sent to the grid (below zero)", LEFT,
                BARS_TOP - 24);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        for (double v = -bottom; v <= top + step / 2; v += step) {
            int y = zero - (int) Math.round(v * scale);
            g.setColor(Math.abs(v) < step / 2 ? INK : GRID);
            g.drawLine(LEFT, y, RIGHT, y);
            g.setColor(INK);
            String label = String.format(Locale.ROOT, "%.0f", v);
            g.drawString(label, LEFT - 9 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
        }
        double columnWidth = (RIGHT - LEFT) / (double) Math.max(1, days);
        double barWidth = Math.max(1, columnWidth * 0.36);
        for (int d = 0; d < days; d++) {
            DayTotals t = totals.get(d);
            double x = LEFT + d * columnWidth + columnWidth * 0.14;
            bar(g, HOUSEHOLD, x, barWidth, zero, t.household() * scale);
            bar(g, SOLAR_GRID, x + barWidth, barWidth, zero, t.solarGrid() * scale);
            bar(g, SURPLUS, x + barWidth, barWidth, zero, -t.solarSurplus() * scale);
        }
        g.setColor(INK);
        g.drawRect(LEFT, BARS_TOP, RIGHT - LEFT, BARS_BOTTOM - BARS_TOP);
        dayAxis(g, totals.stream().map(DayTotals::day).toList(), BARS_BOTTOM, columnWidth);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        vertical(g, "kWh per day", 30, (BARS_TOP + BARS_BOTTOM) / 2);
        centered(g, "day (Central)", (LEFT + RIGHT) / 2, BARS_BOTTOM + 40);

        int legendY = HEIGHT - 20;
        int x = LEFT;
        x = legend(g, HOUSEHOLD, "household meter", x, legendY);
        x = legend(g, SOLAR_GRID, "solar meter: from the grid", x, legendY);
        legend(g, SURPLUS, "solar meter: surplus to the grid", x, legendY);
    }

    private static void bar(Graphics2D g, Color color, double x, double width, int zero, double height) {
        int h = (int) Math.round(Math.abs(height));
        if (h == 0) {
            return;
        }
        g.setColor(color);
        int y = height >= 0 ? zero - h : zero;
        g.fillRect((int) Math.round(x), y, (int) Math.max(1, Math.round(width)), h);
    }

    private static int legend(Graphics2D g, Color color, String label, int x, int y) {
        g.setColor(color);
        g.fillRect(x, y - 11, 14, 14);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(label, x + 20, y);
        return x + 20 + g.getFontMetrics().stringWidth(label) + 30;
    }

    private static void dayAxis(Graphics2D g, List<LocalDate> days, int y, double columnWidth) {
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int every = days.size() <= 10 ? 1 : days.size() <= 40 ? 5 : 10;
        for (int d = 0; d < days.size(); d += every) {
            int x = LEFT + (int) Math.round((d + 0.5) * columnWidth);
            g.drawLine(x, y, x, y + 5);
            centered(g, DAY_LABEL.format(days.get(d)), x, y + 19);
        }
    }

    private static void centered(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static void vertical(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.setColor(INK);
        centered(g, text, 0, 0);
        g.setTransform(saved);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] { 1, 2, 5, 10 }) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The colour of a fraction (0..1) of the highest value. */
    static Color shade(double fraction) {
        double f = Math.max(0, Math.min(1, fraction)) * (SCALE.length - 1);
        int i = Math.min(SCALE.length - 2, (int) Math.floor(f));
        double t = f - i;
        Color a = SCALE[i];
        Color b = SCALE[i + 1];
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
