package org.disclosurerollup.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * The report's charts, drawn as Word charts (with their data in an embedded workbook, so that a person can edit them
 * in Word, WPS or LibreOffice): the year's applications by result, and the last years' figures side by side by year.
 */
final class ReportCharts {

    private static final int WIDTH = 15 * Units.EMU_PER_CENTIMETER;
    private static final int HEIGHT = 7 * Units.EMU_PER_CENTIMETER;
    /** Blue, orange, green, grey: told apart in colour and in grey print. */
    private static final List<XDDFColor> COLOURS = List.of(rgb(0x2F5597), rgb(0xC55A11), rgb(0x548235), rgb(0x7F7F7F));

    private final ReportDocument document;
    private int charts;

    ReportCharts(ReportDocument document) {
        this.document = document;
    }

    /**
     * Bars by category, one series per name, each bar with its value above it; a legend when there is more than one
     * series.
     */
    void bars(String title, List<String> categories, List<String> names, List<List<BigDecimal>> values) {
        XWPFChart chart = chart(title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = valueAxis(chart);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFCategoryDataSource labels = categories(chart, categories);
        for (int i = 0; i < names.size(); i++) {
            XDDFChartData.Series series = data.addSeries(labels, values(chart, values.get(i), i + 1));
            series.setTitle(names.get(i), chart.setSheetTitle(names.get(i), i + 1));
            series.setFillProperties(fill(i));
        }
        chart.plot(data);
        for (int i = 0; i < names.size(); i++) {
            showValues(((XDDFBarChartData.Series) data.getSeries(i)).getCTBarSer().addNewDLbls());
        }
        if (names.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
    }

    /** A line in small type under the last chart. */
    void note(String text) {
        document.smallNote(text);
    }

    /** A numbered caption ({@code 图1　…}), then the chart centred in a paragraph of its own. */
    private XWPFChart chart(String title) {
        charts++;
        document.caption("图" + charts + "　" + title);
        XWPFParagraph paragraph = document.document().createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            XWPFChart chart = document.document().createChart(paragraph.createRun(), WIDTH, HEIGHT);
            chart.setAutoTitleDeleted(true);
            chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
            return chart;
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("无法在年度报告中插入图表：" + e.getMessage(), e);
        }
    }

    private static XDDFValueAxis valueAxis(XWPFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        axis.setMinimum(0);
        axis.setNumberFormat("0");
        return axis;
    }

    private static XDDFCategoryDataSource categories(XWPFChart chart, List<String> names) {
        return XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, names.size(), 0, 0)), 0);
    }

    private static XDDFNumericalDataSource<Double> values(XWPFChart chart, List<BigDecimal> values, int column) {
        Double[] numbers = values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        return XDDFDataSourcesFactory.fromArray(numbers,
                chart.formatRange(new CellRangeAddress(1, numbers.length, column, column)), column);
    }

    private static XDDFColor rgb(int rgb) {
        return XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
    }

    private static XDDFSolidFillProperties fill(int series) {
        return new XDDFSolidFillProperties(COLOURS.get(series % COLOURS.size()));
    }

    private static void showValues(CTDLbls labels) {
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
