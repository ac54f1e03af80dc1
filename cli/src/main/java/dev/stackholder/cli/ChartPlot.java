package dev.stackholder.cli;

import java.util.List;

/**
 * What a chart shows, in plain numbers: the chart commands build one and {@link ChartRenderer}
 * draws it. Kept free of the chart library's types so that only {@link ChartRenderer} loads them,
 * and commands other than {@code chart} start without them. Immutable (records of immutable lists).
 */
final class ChartPlot {
  private ChartPlot() {}

  /** How a series is drawn. */
  enum Style {
    LINE,
    DASHED,
    MARKERS,
    HOLLOW_MARKERS
  }

  /**
   * One series of an x-y chart. {@code colour} indexes the renderer's palette, so that series that
   * belong together (a tier's known and unknown members) share a colour.
   */
  record Series(String name, double[] x, double[] y, Style style, int colour) {}

  /** A text placed at data coordinates (a minimum or maximum named next to its plateau). */
  record Note(String text, double x, double y) {}

  /**
   * An x-y chart. {@code xIsDate}: x values are epoch milliseconds, drawn as dates. {@code
   * verticals}: x values marked by a vertical line (the revenue asked about).
   */
  record Xy(
      String title,
      String xTitle,
      String yTitle,
      boolean logX,
      boolean xIsDate,
      List<Series> series,
      List<Double> verticals,
      List<Note> notes) {}

  /** A bar chart: one bar per category, in order. */
  record Bars(
      String title,
      String xTitle,
      String yTitle,
      String seriesName,
      List<String> categories,
      List<Double> values) {}
}
