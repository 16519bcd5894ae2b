package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.disclosurerollup.reading.ExcelSheet.MergedRange;

/**
 * The data rows of the long-layout sheet of an Excel file: the rows below the header that are not blank, numbered as
 * Excel numbers them. A merged unit, year, code, indicator or column cell applies to every row it spans (a merged
 * value cell does not: its figure would count more than once). A formula saved without its result makes its row
 * malformed. Whatever the parser throws, even an {@link Error}, comes out as an {@link ExcelReadException}.
 */
final class ExcelRowSource implements RowSource {

    private static final Column[] TEXT_COLUMNS = {Column.UNIT, Column.YEAR, Column.CODE, Column.INDICATOR, Column.COLUMN};

    private final Workbook book;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final HeaderMap header;
    private final Map<Integer, List<MergedRange>> mergedByFirstRow = new HashMap<>();
    private final Map<MergedRange, String> mergedText = new HashMap<>();
    private final List<MergedRange> open = new ArrayList<>();
    private int lastRowNumber;
    private boolean finished;

    /** Opens the file and its long-layout sheet as inspection found them. */
    static ExcelRowSource open(Path file, FileInspection.Readable how, ExcelBooks.Opener opener) throws IOException {
        Workbook book = ExcelReadException.guard(0, () -> opener.open(file, how.fileType()));
        try {
            Iterator<Row> rows = ExcelReadException.guard(0, () -> book.getSheetAt(how.sheet().index()).rowIterator());
            return new ExcelRowSource(book, how.sheet().name(), rows, how.header(), how.sheet().merged());
        } catch (IOException e) {
            closeQuietly(book);
            throw e;
        }
    }

    /** Reads on from where {@code rows} stand; closing closes {@code book}. */
    ExcelRowSource(Workbook book, String sheetName, Iterator<Row> rows, HeaderMap header, List<MergedRange> merged) {
        this.book = book;
        this.sheetName = sheetName;
        this.rows = rows;
        this.header = header;
        this.lastRowNumber = header.headerRow();
        for (MergedRange range : merged) {
            if (range.lastRow() >= header.headerRow() && spansTextColumn(range)) {
                mergedByFirstRow.computeIfAbsent(range.firstRow(), r -> new ArrayList<>()).add(range);
            }
        }
    }

    @Override
    public RawRow next() throws IOException {
        while (!finished) {
            Row row = ExcelReadException.guard(lastRowNumber, () -> rows.hasNext() ? rows.next() : null);
            if (row == null) {
                finished = true;
                return null;
            }
            int rowNumber = row.getRowNum() + 1;
            lastRowNumber = rowNumber;
            RawRow read = ExcelReadException.guard(rowNumber, () -> read(row));
            if (rowNumber > header.headerRow() && read != null) {
                return read;
            }
        }
        return null;
    }

    /** The row as raw text; null when blank (a blank row still starts the merged blocks it holds). */
    private RawRow read(Row row) {
        int rowIndex = row.getRowNum();
        open.removeIf(range -> range.lastRow() < rowIndex);
        for (MergedRange range : mergedByFirstRow.getOrDefault(rowIndex, List.of())) {
            mergedText.put(range, ExcelCellText.of(row.getCell(range.firstColumn())));
            open.add(range);
        }
        if (blank(row)) {
            return null;
        }
        String problem = null;
        String[] fields = new String[TEXT_COLUMNS.length + 1];
        for (int i = 0; i <= TEXT_COLUMNS.length; i++) {
            Column column = i < TEXT_COLUMNS.length ? TEXT_COLUMNS[i] : Column.VALUE;
            int position = header.position(column);
            if (position >= 0) {
                fields[i] = text(row, position, column != Column.VALUE);
                if (problem == null) {
                    problem = ExcelCellText.problem(row.getCell(position)).orElse(null);
                }
                if (problem == null && fields[i].length() > CsvText.MAX_FIELD_CHARS) {
                    problem = "单元格" + reference(rowIndex, position) + "超过" + CsvText.MAX_FIELD_CHARS
                            + "个字符：请检查该单元格内容是否正确";
                }
            }
        }
        if (problem != null) {
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i] == null || fields[i].length() <= 100 ? fields[i] : fields[i].substring(0, 100) + "…";
            }
        }
        String cellRef = header.has(Column.VALUE) ? reference(rowIndex, header.position(Column.VALUE)) : "";
        return new RawRow(sheetName, rowIndex + 1, cellRef, fields[0], fields[1], fields[2], fields[3], fields[4],
                fields[5], problem);
    }

    private String text(Row row, int position, boolean mergeable) {
        String text = ExcelCellText.of(row.getCell(position));
        if (mergeable && text.isBlank()) {
            for (MergedRange range : open) {
                if (range.contains(row.getRowNum(), position)) {
                    return mergedText.getOrDefault(range, "");
                }
            }
        }
        return text;
    }

    private boolean spansTextColumn(MergedRange range) {
        for (Column column : TEXT_COLUMNS) {
            int position = header.position(column);
            if (position >= range.firstColumn() && position <= range.lastColumn()) {
                return true;
            }
        }
        return false;
    }

    /** No cell with any text. */
    static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!ExcelCellText.of(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String reference(int rowIndex, int column) {
        return CellReference.convertNumToColString(column) + (rowIndex + 1);
    }

    @Override
    public void close() throws IOException {
        finished = true;
        ExcelReadException.guard(lastRowNumber, () -> {
            book.close();
            return null;
        });
    }

    private static void closeQuietly(Workbook book) {
        try {
            book.close();
        } catch (Throwable ignored) {
            // the file is already being given up on
        }
    }
}
