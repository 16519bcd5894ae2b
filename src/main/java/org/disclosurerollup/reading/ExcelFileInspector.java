package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.reading.ExcelSheet.MergedRange;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.disclosurerollup.reading.HeaderFinder.FoundHeader;

/**
 * Inspects an {@code .xlsx} or {@code .xls} file: the data sheet is the first whose header (below any title rows)
 * names the long-layout columns; that sheet is then read through once, so that a parser failure anywhere in it
 * rejects the file here, whole, rather than halfway through loading; a file that holds an official form besides is
 * rejected whole. What a file without such a sheet is, is decided in {@link ExcelWithoutLongHeader}.
 */
final class ExcelFileInspector {

    /** Header cells looked at in one row; a long-layout header is a handful. */
    private static final int MAX_HEADER_CELLS = 256;
    /** Merged blocks remembered below the header; a long layout needs few, a hostile file may list millions. */
    private static final int MAX_MERGED = 10_000;

    /** A sheet looked at, and the header row it came closest to having (empty when it is blank). */
    record SheetSeen(int index, String name, Optional<FoundHeader> header) {
    }

    private final ExcelBooks.Opener opener;
    private final ExcelWithoutLongHeader withoutLongHeader;

    /**
     * @param opener      how the long layout is read (streamed)
     * @param wholeOpener how an official form is read (whole workbook)
     */
    ExcelFileInspector(ExcelBooks.Opener opener, ExcelBooks.Opener wholeOpener, OfficialFormReader forms) {
        this.opener = opener;
        this.withoutLongHeader = new ExcelWithoutLongHeader(forms, wholeOpener);
    }

    /** Never throws: whatever the parser throws makes the file {@link Unreadable}. */
    FileInspection inspect(Path file, String fileType) {
        Optional<String> tooLarge = ExcelBooks.tooLargeToRead(file, fileType);
        if (tooLarge.isPresent()) {
            return new Unreadable(Reason.UNREADABLE_FILE, tooLarge.get());
        }
        Workbook book;
        try {
            book = ExcelReadException.guard(0, () -> opener.open(file, fileType));
        } catch (ExcelReadException e) {
            return new Unreadable(Reason.UNREADABLE_FILE, ExcelFailure.message(file, e.getCause(), 0, 0));
        }
        Readable found = null;
        FileInspection longLayout = null;
        List<SheetSeen> seen = new ArrayList<>();
        try (book) {
            int sheets = ExcelReadException.guard(0, book::getNumberOfSheets);
            for (int index = 0; index < sheets; index++) {
                int sheetIndex = index;
                Sheet sheet = ExcelReadException.guard(0, () -> book.getSheetAt(sheetIndex));
                Iterator<Row> rows = ExcelReadException.guard(0, sheet::rowIterator);
                HeaderFinder.Search search = findHeader(rows);
                String name = sheet.getSheetName();
                if (search.complete()) {
                    HeaderMap header = search.best().orElseThrow().map();
                    found = Readable.excel(fileType, new ExcelSheet(index, name, List.of()), header);
                    longLayout = readThrough(book, sheet, rows, found);
                    break;
                }
                seen.add(new SheetSeen(index, name, search.best()));
            }
        } catch (ExcelReadException e) {
            int headerRow = found == null ? 0 : found.header().headerRow();
            String message = ExcelFailure.message(file, e.getCause(), e.afterRow(), headerRow);
            boolean rowsCountable = found != null && e.afterRow() > headerRow && !ExcelFailure.encrypted(e.getCause());
            return new Unreadable(Reason.UNREADABLE_FILE, message, rowsCountable ? found : null);
        } catch (IOException e) {
            return new Unreadable(Reason.UNREADABLE_FILE, ExcelFailure.message(file, e, 0, 0));
        }
        return longLayout == null ? withoutLongHeader.inspection(file, fileType, seen)
                : oneLayoutOnly(file, fileType, longLayout);
    }

    /**
     * A long-layout file that holds an official form too is rejected whole, the rows of both counted: which of the two
     * the unit meant cannot be told, and summing both would count its figures twice.
     */
    private FileInspection oneLayoutOnly(Path file, String fileType, FileInspection longLayout) {
        Readable layout = longLayout instanceof Readable readable ? readable : ((Unreadable) longLayout).layout();
        Optional<OfficialFormReading.Form> form = withoutLongHeader.formBeside(file, fileType, layout.sheet().index());
        if (form.isEmpty()) {
            return longLayout;
        }
        String formSheets = form.get().rows().stream().map(RawRow::sheet).distinct().map(Texts::quote)
                .collect(Collectors.joining("、"));
        return new Unreadable(Reason.UNREADABLE_FILE, "工作簿中既有长表（工作表" + Texts.quote(layout.sheet().name())
                + "）又有官方表格（工作表" + formSheets + "）：一个文件只能用一种格式，请删去其中一种后重新提交",
                layout.withForm(form.get()));
    }

    private static HeaderFinder.Search findHeader(Iterator<Row> rows) throws ExcelReadException {
        HeaderFinder.Search search = new HeaderFinder.Search(',');
        int lastRow = 0;
        while (!search.done()) {
            int afterRow = lastRow;
            Row row = ExcelReadException.guard(afterRow, () -> rows.hasNext() ? rows.next() : null);
            if (row == null) {
                break;
            }
            lastRow = row.getRowNum() + 1;
            String[] cells = ExcelReadException.guard(afterRow, () -> texts(row));
            search.offer(cells, row.getRowNum() + 1);
        }
        return search;
    }

    /** The rest of the sheet, counting data rows; then the merged cells, which an {@code .xlsx} lists at the end. */
    private static FileInspection readThrough(Workbook book, Sheet sheet, Iterator<Row> rows, Readable layout)
            throws IOException {
        long dataRows = 0;
        RowSource rest = new ExcelRowSource(book, sheet.getSheetName(), rows, layout.header(), List.of());
        while (rest.next() != null) {
            dataRows++;
        }
        List<CellRangeAddress> regions = ExcelReadException.guard(0, sheet::getMergedRegions);
        List<MergedRange> merged = regions.stream()
                .filter(r -> r.getLastRow() >= layout.header().headerRow())
                .limit(MAX_MERGED)
                .map(r -> new MergedRange(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()))
                .toList();
        Readable readable = Readable.excel(layout.fileType(),
                new ExcelSheet(layout.sheet().index(), layout.sheet().name(), merged), layout.header());
        if (dataRows == 0) {
            return new Unreadable(Reason.UNREADABLE_FILE, "工作表“" + readable.sheet().name() + "”只有表头，没有数据行："
                    + "请填写数据后重新提交", readable);
        }
        return readable;
    }

    private static String[] texts(Row row) {
        int width = Math.max(0, Math.min(row.getLastCellNum(), MAX_HEADER_CELLS));
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            cells[i] = ExcelCellText.of(row.getCell(i));
        }
        return cells;
    }
}
