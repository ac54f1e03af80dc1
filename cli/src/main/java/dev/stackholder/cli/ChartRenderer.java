package dev.stackholder.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartPlot} with XChart and writes it as PNG or SVG (SVG through XChart's
 * VectorGraphics2D encoder). The only class of the program that names XChart's types: commands hand
 * it plain numbers, so XChart is loaded by the chart commands alone. Renders headless. Thread-safe
 * (stateless).
 */
final class ChartRenderer {
  /**
   * Distinct, colour-blind-friendly colours (Okabe and Ito), reused in turn past the eighth series.
   */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };

  private ChartRenderer() {}

  /** Draws an x-y chart into the file. */
  static void write(ChartPlot.Xy plot, ChartOutput output) {
    headless();
    XYChart chart =
        new XYChartBuilder()
            .width(output.width)
            .height(output.height)
            .title(plot.title())
            .xAxisTitle(plot.xTitle())
            .yAxisTitle(plot.yTitle())
            .build();
    chart.getStyler().setXAxisLogarithmic(plot.logX());
    // Below the plot a long legend would squeeze it flat: past six entries it goes to the right,
    // smaller.
    if (plot.series().size() > 6) {
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
      chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    } else {
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    }
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisTickLabelsFormattingFunction(ChartRenderer::amount);
    if (plot.xIsDate()) {
      // Dates are drawn on a numeric axis of years (2015.0 is 1 January 2015): XChart's own date
      // axis
      // put its "yyyy" ticks wherever its interval fell, so a drop in January 2015 was drawn just
      // after
      // the tick labelled 2014. On this axis a whole-numbered tick is 1 January of that year.
      chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartRenderer::yearLabel);
      chart.getStyler().setXAxisDecimalPattern("0.##");
    } else {
      chart.getStyler().setXAxisTickLabelsFormattingFunction(ChartRenderer::amount);
    }
    for (ChartPlot.Series series : plot.series()) {
      XYSeries drawn =
          chart.addSeries(
              series.name(), plot.xIsDate() ? years(series.x()) : series.x(), series.y());
      Color colour = PALETTE[series.colour() % PALETTE.length];
      drawn.setLineColor(colour);
      drawn.setMarkerColor(colour);
      switch (series.style()) {
        case MARKERS:
          drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          drawn.setMarker(SeriesMarkers.DIAMOND);
          break;
        case HOLLOW_MARKERS:
          // An outline only: a point whose status is not known (chart value).
          drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          drawn.setMarker(new HollowCircle());
          break;
        case DASHED:
          drawn.setMarker(SeriesMarkers.NONE);
          drawn.setLineStyle(SeriesLines.DASH_DASH);
          break;
        default:
          drawn.setMarker(SeriesMarkers.NONE);
          drawn.setLineStyle(new BasicStroke(2f));
      }
    }
    for (double x : plot.verticals()) {
      chart.addAnnotation(new AnnotationLine(x, true, false));
    }
    for (ChartPlot.Note note : plot.notes()) {
      chart.addAnnotation(new AnnotationText(note.text(), note.x(), note.y(), false));
    }
    save(chart, output);
  }

  /** Draws a bar chart into the file. */
  static void write(ChartPlot.Bars plot, ChartOutput output) {
    headless();
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(output.width)
            .height(output.height)
            .title(plot.title())
            .xAxisTitle(plot.xTitle())
            .yAxisTitle(plot.yTitle())
            .build();
    chart.getStyler().setLegendVisible(false);
    // Every employer named under its bar (XChart would otherwise drop labels that crowd), slanted
    // to fit,
    // and each bar's share printed on it.
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setXAxisMaxLabelCount(plot.categories().size() + 1);
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    chart.getStyler().setSeriesColors(new Color[] {PALETTE[0]});
    chart.getStyler().setYAxisDecimalPattern("0.#'%'");
    chart.addSeries(plot.seriesName(), plot.categories(), plot.values());
    save(chart, output);
  }

  private static void save(Chart<?, ?> chart, ChartOutput output) {
    Path path = output.path();
    try (OutputStream stream = Files.newOutputStream(path)) {
      if (output.format() == ChartOutput.Format.SVG) {
        VectorGraphicsEncoder.saveVectorGraphic(
            chart, stream, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        BitmapEncoder.saveBitmap(chart, stream, BitmapEncoder.BitmapFormat.PNG);
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(
          "Cannot write the chart to " + path, new IOException("no such directory"));
    } catch (FileSystemException e) {
      // Its message repeats the path; its reason alone says what went wrong (not a directory,
      // denied).
      throw new UncheckedIOException(
          "Cannot write the chart to " + path,
          new IOException(e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the chart to " + path, e);
    }
  }

  /** No display is needed or wanted: the image is drawn in memory. */
  private static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static double[] years(double[] millis) {
    double[] years = new double[millis.length];
    for (int i = 0; i < millis.length; i++) {
      years[i] = year(LocalDate.ofEpochDay(Math.floorDiv((long) millis[i], 86_400_000L)));
    }
    return years;
  }

  /** A day as a position on the year axis: its year plus the part of the year gone before it. */
  static double year(LocalDate day) {
    return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  /** A year-axis tick: {@code 2015} on 1 January, else the month it falls in, {@code 2015-07}. */
  static String yearLabel(Double position) {
    long whole = (long) Math.floor(position);
    double part = position - whole;
    if (part < 1e-9 || part > 1 - 1e-9) {
      return String.valueOf(Math.round(position));
    }
    LocalDate start = LocalDate.of((int) whole, 1, 1);
    LocalDate day = start.plusDays((long) Math.floor(part * start.lengthOfYear() + 1e-9));
    return String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
  }

  /** 1,500, 25k, 3M, 40B: axis labels for amounts of money and counts. */
  static String amount(Double value) {
    double v = Math.abs(value);
    if (v >= 1e9) {
      return compact(value / 1e9) + "B";
    }
    if (v >= 1e6) {
      return compact(value / 1e6) + "M";
    }
    if (v >= 1e4) {
      return compact(value / 1e3) + "k";
    }
    return compact(value);
  }

  private static String compact(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }

  /** A circle drawn as an outline, for points whose status is unknown. */
  private static final class HollowCircle extends org.knowm.xchart.style.markers.Marker {
    @Override
    public void paint(java.awt.Graphics2D g, double xOffset, double yOffset, int markerSize) {
      g.setStroke(new BasicStroke(1.5f));
      double half = markerSize / 2.0;
      g.draw(
          new java.awt.geom.Ellipse2D.Double(
              xOffset - half, yOffset - half, markerSize, markerSize));
    }
  }
}
