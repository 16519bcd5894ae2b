package org.disclosurerollup.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.ExcelFileInspector.SheetSeen;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.disclosurerollup.reading.HeaderFinder.FoundHeader;

/**
 * Decides what an Excel file none of whose sheets has a long-layout header is: an official form when
 * {@link OfficialFormReader} finds the tables of a template in it, else a file rejected as {@code missing-label}
 * naming the sheets seen and, when one came close, what its header lacks. Also finds a form beside a long-layout sheet.
 */
final class ExcelWithoutLongHeader {

    private static final int SHEETS_NAMED = 10;
    private final OfficialFormReader forms;
    private final ExcelBooks.Opener wholeOpener;
    private final ConsolidatedWorkbookReader consolidated = new ConsolidatedWorkbookReader();

    ExcelWithoutLongHeader(OfficialFormReader forms, ExcelBooks.Opener wholeOpener) {
        this.forms = forms;
        this.wholeOpener = wholeOpener;
    }

    /**
     * @param file     the workbook, already read once by the streaming inspection (a form needs it opened whole)
     * @param fileType {@code xlsx} or {@code xls}
     * @param sheets   every sheet in workbook order, with the header row each came closest to having
     */
    FileInspection inspection(Path file, String fileType, List<SheetSeen> sheets) {
        Optional<FileInspection> form = officialForm(file, fileType);
        return form.orElseGet(() -> notAForm(fileType, sheets));
    }

    /** The file as an official form, or as a form that cannot be read; empty when it does not look like one. */
    private Optional<FileInspection> officialForm(Path file, String fileType) {
        if (!ExcelBooks.smallEnoughToOpenWhole(file, fileType)) {
            return Optional.empty();
        }
        OfficialFormReading reading;
        Optional<LowerAreaRun> lowerAreaRun;
        try (Workbook book = ExcelReadException.guard(0, () -> wholeOpener.open(file, fileType))) {
            lowerAreaRun = ExcelReadException.guard(0, () -> lowerAreaRun(book));
            if (!ExcelReadException.guard(0, () -> forms.looksLikeOfficialForm(book))) {
                return Optional.empty();
            }
            reading = ExcelReadException.guard(0, () -> forms.read(book));
        } catch (ExcelReadException e) {
            return Optional.of(new Unreadable(Reason.UNREADABLE_FILE, ExcelFailure.message(file, e.getCause(), 0, 0)));
        } catch (IOException e) {
            return Optional.of(new Unreadable(Reason.UNREADABLE_FILE, ExcelFailure.message(file, e, 0, 0)));
        }
        if (reading instanceof OfficialFormReading.NoForm noForm) {
            return Optional.of(new Unreadable(Reason.MISSING_LABEL, noForm.message()));
        }
        OfficialFormReading.Form found = (OfficialFormReading.Form) reading;
        if (found.rows().isEmpty()) {
            return Optional.of(new Unreadable(Reason.UNREADABLE_FILE, "找到了" + found.template()
                    + "格式的官方表格，但没有可填写数值的单元格：请使用区里下发的空白填报模板（template 命令生成）填写"));
        }
        if (lowerAreaRun.isPresent()) {
            LowerAreaRun run = lowerAreaRun.get();
            found = found.of(run.area(), Integer.toString(run.year()));
        }
        return Optional.of(Readable.officialForm(fileType, found, lowerAreaRun.orElse(null)));
    }

    /**
     * A lower area's consolidated workbook: only its whole-area sheet is the submission (the sheets of its own level,
     * its lists and comparisons are hidden from the form reader), and its run facts and status are read.
     */
    private Optional<LowerAreaRun> lowerAreaRun(Workbook book) {
        Optional<Integer> wholeArea = consolidated.wholeAreaSheet(book);
        if (wholeArea.isEmpty()) {
            return Optional.empty();
        }
        Optional<LowerAreaRun> run = consolidated.run(book);
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            book.setSheetHidden(i, i != wholeArea.get());
        }
        return run;
    }

    /**
     * The official form in the sheets beside the long-layout one, when the file is small enough to hold one. The long
     * sheet is hidden from the form reader, as its indicator names can look like a form's labels. A form that cannot be
     * read is taken for none: the long layout was read.
     */
    Optional<OfficialFormReading.Form> formBeside(Path file, String fileType, int longSheet) {
        if (!ExcelBooks.smallEnoughToOpenWhole(file, fileType)) {
            return Optional.empty();
        }
        try (Workbook book = ExcelReadException.guard(0, () -> wholeOpener.open(file, fileType))) {
            OfficialFormReading reading = ExcelReadException.guard(0, () -> {
                book.setSheetHidden(longSheet, true);
                return forms.looksLikeOfficialForm(book) ? forms.read(book) : null;
            });
            return reading instanceof OfficialFormReading.Form form && !form.rows().isEmpty()
                    ? Optional.of(form) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileInspection notAForm(String fileType, List<SheetSeen> sheets) {
        Optional<SheetSeen> nearest = sheets.stream()
                .filter(s -> s.header().map(h -> h.recognised() > 0).orElse(false)).findFirst();
        if (nearest.isPresent()) {
            SheetSeen sheet = nearest.get();
            FoundHeader header = sheet.header().orElseThrow();
            Readable layout = Readable.excel(fileType, new ExcelSheet(sheet.index(), sheet.name(), List.of()),
                    header.map());
            return new Unreadable(Reason.MISSING_LABEL, "工作表“" + sheet.name() + "”第" + header.map().headerRow()
                    + "行表头缺少" + HeaderFinder.missing(header.map()).orElseThrow() + "。可用的列名："
                    + Column.acceptedNames(), layout);
        }
        if (sheets.isEmpty()) {
            return new Unreadable(Reason.UNREADABLE_FILE, "Excel文件中没有工作表：请用Excel或WPS打开，填写数据后另存为.xlsx再提交");
        }
        if (sheets.stream().allMatch(s -> s.header().isEmpty())) {
            return new Unreadable(Reason.UNREADABLE_FILE, "Excel文件中的工作表都是空的（" + names(sheets) + "）");
        }
        return new Unreadable(Reason.MISSING_LABEL, "Excel文件的工作表（" + names(sheets) + "）中都没有找到表头或官方表格："
                + "长表格式需要一行列名，如“单位、年度、指标代码、数值”（可用的列名：" + Column.acceptedNames()
                + "）；官方表格格式请使用区里下发的空白填报模板（template 命令生成）填写");
    }

    private static String names(List<SheetSeen> sheets) {
        String named = sheets.stream().limit(SHEETS_NAMED).map(s -> "“" + s.name() + "”").collect(Collectors.joining("、"));
        return sheets.size() > SHEETS_NAMED ? named + "等" + sheets.size() + "个" : named;
    }
}
