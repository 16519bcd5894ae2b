package org.disclosurerollup.reading;

import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.reading.FileInspection.Readable;
import org.disclosurerollup.reading.FileInspection.Unreadable;
import org.disclosurerollup.reading.HeaderFinder.FoundHeader;

/**
 * Decides whether and how a submission file can be read: type by content; for CSV charset, delimiter, header, and that
 * a data row follows the header; for Excel the sheet and its header (see {@link ExcelFileInspector}).
 */
public final class SubmissionFileInspector {

    static final String NOT_UTF8_OR_GB = "文件既不是UTF-8也不是GBK/GB18030编码：请用Excel或WPS另存为“CSV UTF-8”后重新提交";

    private final CharsetDetector charsets = new CharsetDetector();
    private final ExcelBooks.Opener excelOpener;
    private final ExcelFileInspector excel;

    /** @param catalog the templates whose official forms an Excel file may hold */
    public SubmissionFileInspector(Catalog catalog) {
        this(ExcelBooks.POI, ExcelBooks.POI_WHOLE, catalog);
    }

    /** @param excelOpener how Excel files are opened (tests put a failing parser here) */
    SubmissionFileInspector(ExcelBooks.Opener excelOpener, ExcelBooks.Opener wholeOpener, Catalog catalog) {
        this.excelOpener = excelOpener;
        this.excel = new ExcelFileInspector(excelOpener, wholeOpener, new OfficialFormReader(catalog));
    }

    /** Never throws: every failure to read the file is an {@link Unreadable}. */
    public FileInspection inspect(Path file) {
        try {
            Optional<Unreadable> misnamed = FileSignature.notWhatItsNameSays(file);
            if (misnamed.isPresent()) {
                return misnamed.get();
            }
            Optional<String> excelType = FileSignature.excelType(file);
            if (excelType.isPresent()) {
                return excel.inspect(file, excelType.get());
            }
            return inspectText(file);
        } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
            return unreadable("表头行无法解析：双引号不成对，请检查表头中的引号");
        } catch (LineLengthGuard.LineTooLongException e) {
            return unreadable("表头之前或表头这一行超过" + e.maxLineChars() + "个字符，不像CSV表格：请检查文件内容");
        } catch (CharacterCodingException e) {
            return new Unreadable(Reason.ENCODING_ERROR, NOT_UTF8_OR_GB);
        } catch (NoSuchFileException e) {
            return unreadable("文件不存在或已被移走");
        } catch (IOException | RuntimeException e) {
            return unreadable("无法读取文件（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）：请检查文件是否损坏或被占用");
        }
    }

    private FileInspection inspectText(Path file) throws IOException {
        Optional<Unreadable> notText = FileSignature.notText(file);
        if (notText.isPresent()) {
            return notText.get();
        }
        Optional<CharsetDetector.Detected> encoding = charsets.detect(file);
        if (encoding.isEmpty()) {
            return new Unreadable(Reason.ENCODING_ERROR, NOT_UTF8_OR_GB);
        }
        Optional<FoundHeader> found = HeaderFinder.find(file, encoding.get());
        if (found.isEmpty()) {
            return unreadable("文件没有内容（只有空行）");
        }
        FoundHeader header = found.get();
        Readable layout = new Readable("csv", encoding.get().charset(), encoding.get().bom(), header.delimiter(),
                header.map());
        if (header.recognised() == 0) {
            return new Unreadable(Reason.MISSING_LABEL, "第" + header.map().headerRow() + "行是表头，但其中没有可识别的列名（读到："
                    + quoted(header) + "）。可用的列名：" + Column.acceptedNames(), layout);
        }
        Optional<String> missing = HeaderFinder.missing(header.map());
        if (missing.isPresent()) {
            return new Unreadable(Reason.MISSING_LABEL, "第" + header.map().headerRow() + "行表头缺少" + missing.get()
                    + "。可用的列名：" + Column.acceptedNames(), layout);
        }
        if (!hasDataRow(file, layout)) {
            return new Unreadable(Reason.UNREADABLE_FILE, "文件只有表头，没有数据行：请填写数据后重新提交", layout);
        }
        return layout;
    }

    /** Reads up to the first non-blank record after the header, malformed or not. */
    private boolean hasDataRow(Path file, Readable layout) throws IOException {
        try (RowSource rows = RowSources.open(file, layout, excelOpener)) {
            return rows.next() != null;
        }
    }

    private static String quoted(FoundHeader header) {
        return header.cells().stream().limit(10).map(c -> "“" + abbreviate(c) + "”").collect(Collectors.joining("、"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static Unreadable unreadable(String message) {
        return new Unreadable(Reason.UNREADABLE_FILE, message);
    }
}
