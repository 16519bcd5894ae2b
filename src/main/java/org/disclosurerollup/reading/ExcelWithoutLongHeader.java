package org.disclosurerollup.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.ExcelFileInspector.SheetSeen;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.disclosurerollup.reading.HeaderFinder.FoundHeader;

/**
 * THE place where an Excel file none of whose sheets has a long-layout header is decided. Today it is rejected
 * ({@code missing-label}), naming the sheets seen and, when one came close, what its header lacks. The official-form
 * reader belongs here: try it first (on a workbook from {@link ExcelBooks#openWhole}) and fall back to this answer.
 */
final class ExcelWithoutLongHeader {

    private static final int SHEETS_NAMED = 10;

    /**
     * @param file     the workbook, already read once by the streaming inspection (a form needs it opened whole)
     * @param fileType {@code xlsx} or {@code xls}
     * @param sheets   every sheet in workbook order, with the header row each came closest to having
     */
    FileInspection inspection(Path file, String fileType, List<SheetSeen> sheets) {
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
        if (sheets.stream().allMatch(s -> s.header().isEmpty())) {
            return new Unreadable(Reason.UNREADABLE_FILE, "Excel文件中的工作表都是空的（" + names(sheets) + "）");
        }
        return new Unreadable(Reason.MISSING_LABEL, "Excel文件的工作表（" + names(sheets) + "）中都没有找到表头："
                + "长表格式需要一行列名，如“单位、年度、指标代码、数值”。可用的列名：" + Column.acceptedNames());
    }

    private static String names(List<SheetSeen> sheets) {
        String named = sheets.stream().limit(SHEETS_NAMED).map(s -> "“" + s.name() + "”").collect(Collectors.joining("、"));
        return sheets.size() > SHEETS_NAMED ? named + "等" + sheets.size() + "个" : named;
    }
}
