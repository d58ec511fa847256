package io.quotewire.writers.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Bar charts as inline SVG, drawn here so the page needs nothing from anywhere: no script, no font, no stylesheet.
 * Every bar is a {@code <rect class="bar">} with a {@code <title>} (the browser's tooltip), and every chart an
 * {@code <svg class="chart" data-chart="...">}, so a test can count what was drawn.
 */
public final class SvgCharts {
    static final int WIDTH = 640;
    /** More daily bars than this are binned by month, more monthly bars than this by year. */
    static final int MAX_DAILY_BARS = 62;
    static final int MAX_MONTHLY_BARS = 120;
    private static final int MAX_YEARLY_BARS = 200;

    private SvgCharts() {
    }

    /** One bar: what it is, how much, and the tooltip text. */
    public record Bar(String label, long value, String tooltip) {
    }

    /**
     * Horizontal bars, one row each, labelled on the left and valued on the right: for named things (speakers,
     * reasons, steps).
     */
    public static String horizontal(String id, String title, List<Bar> bars, String color, LongFunction<String> valueText) {
        int labelWidth = 200;
        int valueWidth = 90;
        int row = 28;
        int top = 6;
        int area = WIDTH - labelWidth - valueWidth;
        int height = top * 2 + bars.size() * row;
        long max = max(bars);
        StringBuilder svg = open(id, title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * row;
            double w = max == 0 ? 0 : Math.max(1.0, area * (double) bar.value() / max);
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\">").append(Html.text(Format.shorten(bar.label(), 24)))
                    .append("</text>");
            svg.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(num(w)).append("\" height=\"").append(row - 6)
                    .append("\" fill=\"").append(color).append("\"><title>").append(Html.text(bar.tooltip()))
                    .append("</title></rect>");
            svg.append("<text x=\"").append(num(labelWidth + w + 6)).append("\" y=\"").append(y + 19)
                    .append("\">").append(Html.text(valueText.apply(bar.value()))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns along a time axis, with a value scale on the left and some of the labels below. */
    public static String columns(String id, String title, List<Bar> bars, String color) {
        int height = 240;
        int left = 56;
        int right = 8;
        int top = 12;
        int bottom = 40;
        int plotWidth = WIDTH - left - right;
        int plotHeight = height - top - bottom;
        long max = max(bars);
        StringBuilder svg = open(id, title, height);
        // scale: zero, half and the maximum
        for (int k = 0; k <= 2; k++) {
            double value = max * k / 2.0;
            double y = top + plotHeight - (max == 0 ? 0 : plotHeight * value / max);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - right).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#d0d4da\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(Html.text(k == 1 && max % 2 != 0 ? String.format(Locale.ROOT, "%.1f", value)
                            : Format.count((long) value)))
                    .append("</text>");
        }
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        double barWidth = Math.max(1.0, slot * 0.8);
        java.util.Set<Integer> labelled = labelPositions(bars, slot);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = max == 0 ? 0 : plotHeight * (double) bar.value() / max;
            double x = left + i * slot + (slot - barWidth) / 2;
            svg.append("<rect class=\"bar\" x=\"").append(num(x)).append("\" y=\"").append(num(top + plotHeight - h))
                    .append("\" width=\"").append(num(barWidth)).append("\" height=\"").append(num(h))
                    .append("\" fill=\"").append(color).append("\"><title>").append(Html.text(bar.tooltip()))
                    .append("</title></rect>");
            if (labelled.contains(i)) {
                svg.append("<text x=\"").append(num(left + i * slot + slot / 2)).append("\" y=\"")
                        .append(top + plotHeight + 18).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(Html.text(bar.label())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One series of a stacked chart: its bars on the chart's common axis, in axis order. */
    public record Series(String name, String color, List<Bar> bars) {
    }

    /**
     * Stacked columns along a time axis, one colour per series and a legend below: the series share the labels
     * (see {@link #alignedTimeBins}). Every piece of a stack is a bar.
     */
    public static String stacked(String id, String title, List<String> labels, List<Series> series) {
        int left = 56;
        int right = 8;
        int top = 12;
        int plotHeight = 188;
        int axis = 28;
        int legendRow = 20;
        int height = top + plotHeight + axis + legendRow * series.size() + 6;
        int plotWidth = WIDTH - left - right;
        long max = 0;
        for (int i = 0; i < labels.size(); i++) {
            long sum = 0;
            for (Series s : series) {
                sum += s.bars().get(i).value();
            }
            max = Math.max(max, sum);
        }
        StringBuilder svg = open(id, title, height);
        for (int k = 0; k <= 2; k++) {
            long value = max * k / 2;
            double y = top + plotHeight - (max == 0 ? 0 : plotHeight * (double) value / max);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - right).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#d0d4da\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.text(Format.count(value))).append("</text>");
        }
        double slot = labels.isEmpty() ? plotWidth : (double) plotWidth / labels.size();
        double barWidth = Math.max(1.0, slot * 0.8);
        List<Bar> axisBars = new ArrayList<>();
        labels.forEach(l -> axisBars.add(new Bar(l, 0, "")));
        java.util.Set<Integer> labelled = labelPositions(axisBars, slot);
        for (int i = 0; i < labels.size(); i++) {
            double x = left + i * slot + (slot - barWidth) / 2;
            double base = top + plotHeight;
            for (int k = 0; k < series.size(); k++) {
                Bar bar = series.get(k).bars().get(i);
                if (bar.value() == 0) {
                    continue;
                }
                double h = plotHeight * (double) bar.value() / max;
                base -= h;
                svg.append("<rect class=\"bar\" data-series=\"").append(k).append("\" x=\"").append(num(x))
                        .append("\" y=\"").append(num(base)).append("\" width=\"").append(num(barWidth))
                        .append("\" height=\"").append(num(h)).append("\" fill=\"").append(series.get(k).color())
                        .append("\"><title>").append(Html.text(bar.tooltip())).append("</title></rect>");
            }
            if (labelled.contains(i)) {
                svg.append("<text x=\"").append(num(left + i * slot + slot / 2)).append("\" y=\"")
                        .append(top + plotHeight + 18).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(Html.text(labels.get(i))).append("</text>");
            }
        }
        for (int k = 0; k < series.size(); k++) {
            int y = top + plotHeight + axis + k * legendRow;
            svg.append("<rect class=\"legend\" x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"12\" ")
                    .append("height=\"12\" fill=\"").append(series.get(k).color()).append("\"/>");
            svg.append("<text x=\"").append(left + 18).append("\" y=\"").append(y + 11).append("\">")
                    .append(Html.text(Format.shorten(series.get(k).name(), 60))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Several per-day series on one axis: the bins {@link #timeBins} makes for all of them together, and each
     * series' counts in those bins (zero where it has none).
     *
     * @return the axis labels, then each series' bars in that order (values and a tooltip naming the series)
     */
    public static List<List<Bar>> alignedTimeBins(List<String> names, List<List<RunReport.DayCount>> perSeries) {
        List<RunReport.DayCount> all = new ArrayList<>();
        perSeries.forEach(all::addAll);
        List<Bar> axis = timeBins(all);
        List<List<Bar>> out = new ArrayList<>();
        out.add(axis);
        if (axis.isEmpty()) {
            return out;
        }
        LocalDate first = all.stream().map(RunReport.DayCount::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(RunReport.DayCount::day).max(LocalDate::compareTo).orElseThrow();
        for (int k = 0; k < perSeries.size(); k++) {
            // the same first and last day give the same binning as the whole
            List<RunReport.DayCount> days = new ArrayList<>(perSeries.get(k));
            days.add(new RunReport.DayCount(first, 0));
            days.add(new RunReport.DayCount(last, 0));
            Map<String, Long> byLabel = new java.util.HashMap<>();
            timeBins(days).forEach(b -> byLabel.put(b.label(), b.value()));
            List<Bar> bars = new ArrayList<>();
            for (Bar a : axis) {
                long n = byLabel.getOrDefault(a.label(), 0L);
                bars.add(new Bar(a.label(), n, names.get(k) + ", " + a.label() + ": " + Format.count(n)));
            }
            out.add(bars);
        }
        return out;
    }

    /**
     * The per-day counts as bars along a gapless time axis: one per day over a short span, per month over a longer
     * one, per year beyond that (only the years with counts when even those are too many).
     */
    public static List<Bar> timeBins(List<RunReport.DayCount> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, Long> byDay = new TreeMap<>();
        for (RunReport.DayCount d : days) {
            byDay.merge(d.day(), d.occurrences(), Long::sum);
        }
        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        List<Bar> bars = new ArrayList<>();
        if (ChronoUnit.DAYS.between(first, last) < MAX_DAILY_BARS) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                long n = byDay.getOrDefault(d, 0L);
                bars.add(new Bar(d.toString(), n, d + ": " + Format.count(n)));
            }
            return bars;
        }
        YearMonth firstMonth = YearMonth.from(first);
        YearMonth lastMonth = YearMonth.from(last);
        if (ChronoUnit.MONTHS.between(firstMonth, lastMonth) < MAX_MONTHLY_BARS) {
            TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
            byDay.forEach((d, n) -> byMonth.merge(YearMonth.from(d), n, Long::sum));
            for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                long n = byMonth.getOrDefault(m, 0L);
                bars.add(new Bar(m.toString(), n, m + ": " + Format.count(n)));
            }
            return bars;
        }
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        byDay.forEach((d, n) -> byYear.merge(d.getYear(), n, Long::sum));
        boolean gapless = last.getYear() - first.getYear() < MAX_YEARLY_BARS;
        if (gapless) {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                byYear.putIfAbsent(y, 0L);
            }
        }
        for (Map.Entry<Integer, Long> e : byYear.entrySet()) {
            bars.add(new Bar(String.valueOf(e.getKey()), e.getValue(), e.getKey() + ": " + Format.count(e.getValue())));
        }
        return bars;
    }

    /**
     * Which bars get a label under the axis: the first, the last and evenly spread ones between, never closer than a
     * label's width (estimated from its length), so labels never overlap.
     */
    static java.util.Set<Integer> labelPositions(List<Bar> bars, double slot) {
        java.util.Set<Integer> positions = new java.util.TreeSet<>();
        int n = bars.size();
        if (n == 0) {
            return positions;
        }
        int longest = 0;
        for (Bar b : bars) {
            longest = Math.max(longest, b.label().length());
        }
        double labelWidth = longest * 7.5 + 10; // 12-unit sans-serif digits are about 7 units wide
        int step = Math.max(1, (int) Math.ceil(labelWidth / slot));
        int count = 1 + (n - 1) / step;
        if (count == 1) {
            positions.add(0);
            return positions;
        }
        for (int k = 0; k < count; k++) {
            positions.add((int) Math.round(k * (n - 1) / (double) (count - 1)));
        }
        return positions;
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder(4096).append("<svg class=\"chart\" data-chart=\"").append(Html.text(id))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.text(title))
                .append("\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#222\">");
    }

    private static long max(List<Bar> bars) {
        long max = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        return max;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
