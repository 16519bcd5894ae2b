package org.disclosurerollup.intake;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.reading.Column;
import org.disclosurerollup.reading.FileInspection;
import org.disclosurerollup.reading.OfficialFormReading;
import org.disclosurerollup.reading.RawRow;
import org.disclosurerollup.reading.RowSource;
import org.disclosurerollup.reading.RowSources;
import org.disclosurerollup.reading.SubmissionFileInspector;
import org.disclosurerollup.register.UnknownUnitAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether one file of the year can be read: its type and size, what the inspector makes of it, whether its
 * name agrees with its content and whether its unit column names a known unit.
 */
public final class FileAdmission {

    private static final Logger log = LoggerFactory.getLogger(FileAdmission.class);
    private static final Set<String> SUBMISSION_TYPES = Set.of("csv", "xlsx", "xls");

    private final YearRun run;
    private final SubmissionFileInspector inspector;
    private final DataSize maxFileSize;
    private final UnknownUnitAdvice unknownUnit;

    public FileAdmission(YearRun run, SubmissionFileInspector inspector, DataSize maxFileSize) {
        this.run = run;
        this.inspector = inspector;
        this.maxFileSize = maxFileSize;
        this.unknownUnit = new UnknownUnitAdvice(run.register(), run.year(), run.district());
    }

    public Registration inspect(InputFile file, FileNameInfo name) {
        if (!SUBMISSION_TYPES.contains(file.extension())) {
            return Registration.rejected(Reason.UNREADABLE_FILE, "不支持的文件类型“" + file.extension()
                    + "”：请提交 CSV（.csv）或 Excel（.xlsx、.xls）文件");
        }
        if (file.sizeBytes() > maxFileSize.toBytes()) {
            return Registration.rejected(Reason.UNREADABLE_FILE, "文件过大（" + file.sizeBytes() / (1024 * 1024)
                    + " MB，上限 " + maxFileSize.toMegabytes() + " MB）：请只提交本单位本年度的统计表");
        }
        FileInspection inspection = inspector.inspect(file.path());
        Registration registration = admit(file, name, inspection);
        return registration.status() == FileStatus.REJECTED ? registration.withFormUnit(formUnit(inspection))
                : registration;
    }

    private Registration admit(InputFile file, FileNameInfo name, FileInspection inspection) {
        if (inspection instanceof FileInspection.Unreadable unreadable) {
            Registration rejected = Registration.rejected(unreadable.reason(), unreadable.message());
            return unreadable.layout() == null ? rejected : rejected.withRows(countRows(file, unreadable.layout()));
        }
        FileInspection.Readable readable = (FileInspection.Readable) inspection;
        Optional<Registration> problem = checkOfficialForm(readable).or(() -> checkNameAgainstContent(readable, name));
        if (problem.isPresent()) {
            return problem.get().withRows(countRows(file, readable));
        }
        Optional<Registration> unknownUnit = checkUnitColumn(file, readable);
        if (unknownUnit.isPresent()) {
            return unknownUnit.get();
        }
        return new Registration(FileStatus.READABLE, readable.encoding(), null, null, 0,
                !readable.header().has(Column.UNIT), null, readable);
    }

    /**
     * The unit a file stands for beyond its rows (a file rejected whole is that unit's submission): the content wins
     * over the name, so a rejected form's {@code 填报单位} when the register knows it, else the unit its name gives.
     */
    public FileUnit unitOf(Registration registration, FileNameInfo name) {
        Optional<String> formUnitCode = Optional.ofNullable(registration.formUnit()).flatMap(this::codeOf);
        if (formUnitCode.isPresent()) {
            return new FileUnit(registration.formUnit(), formUnitCode.get());
        }
        return new FileUnit(name.unit(), name.unit() == null ? null : codeOf(name.unit()).orElse(null));
    }

    /**
     * @param text as the file gives it, or null
     * @param code that unit as the register knows it, or null
     */
    public record FileUnit(String text, String code) {
    }

    private Optional<String> codeOf(String unitText) {
        return run.names().resolve(unitText, run.year()).map(match -> match.unit().code());
    }

    /** The {@code 填报单位} of the official form a file holds, whatever became of the file; null when none. */
    private static String formUnit(FileInspection inspection) {
        FileInspection.Readable layout = inspection instanceof FileInspection.Unreadable unreadable
                ? unreadable.layout() : (FileInspection.Readable) inspection;
        return layout == null || layout.form() == null ? null : layout.form().unit();
    }

    /** An official form of another year's template, or whose 年度 line names another year, is rejected whole. */
    private Optional<Registration> checkOfficialForm(FileInspection.Readable readable) {
        String expected = run.template().id();
        Optional<String> template = readable.formTemplate().filter(id -> !id.equals(expected));
        if (template.isPresent()) {
            return Optional.of(Registration.rejected(Reason.TEMPLATE_MISMATCH, "这是" + template.get() + "格式的官方表格，"
                    + run.year() + "年应使用" + expected + "格式：请使用区里下发的" + run.year()
                    + "年空白填报模板（template --year " + run.year() + " 生成）或本年度的官方表格重新填写"));
        }
        Optional<Integer> formYear = readable.formYearNumber().filter(y -> y != run.year());
        return formYear.map(year -> Registration.rejected(Reason.YEAR_MISMATCH, "表格中“年度”写的是" + year + "年：这是"
                + year + "年度的报表，不是" + run.year() + "年度的，请报送" + run.year() + "年度的报表"));
    }

    private Optional<Registration> checkNameAgainstContent(FileInspection.Readable readable, FileNameInfo name) {
        if (!readable.header().has(Column.UNIT)) {
            if (name.unit() == null) {
                return Optional.of(Registration.rejected(Reason.MISSING_LABEL, readable.form() != null
                        ? formWithoutUnit(readable) : "缺少“单位”列，文件名也没有写明单位："
                        + "请加一列“单位”，或把文件命名为“单位名称_" + run.year() + ".csv”"));
            }
            if (run.names().resolve(name.unit(), run.year()).isEmpty()) {
                return Optional.of(Registration.rejected(Reason.UNKNOWN_UNIT, "文件名中的单位“" + name.unit()
                        + "”不在报送名单中" + unknownUnit.after(name.unit(), "请用名单中的单位名称重新命名文件，或在单位名单中补充别名")));
            }
        }
        if (!readable.header().has(Column.YEAR) && name.year() != null && name.year() != run.year()) {
            return Optional.of(Registration.rejected(Reason.YEAR_MISMATCH, "文件名写的是" + name.year() + "年，却放在"
                    + run.year() + "年的文件夹中：请核对年度，或把文件移到" + name.year() + "年的文件夹"));
        }
        return Optional.empty();
    }

    /** An official form that names no unit, in a file whose name does not either: where to write it. */
    private String formWithoutUnit(FileInspection.Readable readable) {
        OfficialFormReading.Form form = readable.form();
        String orName = "，或把文件命名为“单位名称_" + run.year() + "." + readable.fileType() + "”（如“四坝镇_" + run.year()
                + "." + readable.fileType() + "”）";
        if (form.blankUnit() != null) {
            return "官方表格的“填报单位：”后没有填写单位（" + form.blankUnit().shown() + "），文件名也没有写明单位：请在"
                    + form.blankUnit().shown() + "的“填报单位：”后填写单位名称" + orName;
        }
        String sheet = form.rows().isEmpty() ? "" : "工作表“" + form.rows().get(0).sheet() + "”";
        return "官方表格上方没有“填报单位：…”一行，文件名也没有写明单位：请在" + sheet + "表格标题下方加一行“填报单位：单位名称”"
                + orName;
    }

    /**
     * A file whose every row names the same unit, and that unit is not in the register, is rejected whole: one line
     * for the clerk instead of one per row. Reads only the first row when its unit is known.
     */
    private Optional<Registration> checkUnitColumn(InputFile file, FileInspection.Readable readable) {
        if (!readable.header().has(Column.UNIT)) {
            return Optional.empty();
        }
        String unit = null;
        long rows = 0;
        try (RowSource source = RowSources.open(file.path(), readable)) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                String text = row.unit() == null ? "" : row.unit().strip();
                if (rows == 0) {
                    if (text.isEmpty() || run.names().resolve(text, run.year()).isPresent()) {
                        return Optional.empty();
                    }
                    unit = text;
                } else if (!text.equals(unit)) {
                    return Optional.empty();
                }
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(Registration.rejected(Reason.UNKNOWN_UNIT, "文件中的单位“" + unit + "”不在报送名单中"
                + unknownUnit.after(unit, "请使用名单中的单位名称，或在单位名单（units.csv）中补充别名")).withRows(rows));
    }

    private static long countRows(InputFile file, FileInspection.Readable readable) {
        long rows = 0;
        try (RowSource source = RowSources.open(file.path(), readable)) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("无法计数 {} 的数据行：{}", file.relativePath(), e.toString());
        }
        return rows;
    }

    /**
     * What became of a file: READABLE with how to read it, or REJECTED with why (and its rows counted).
     *
     * @param unitFromName the rows take their unit from the file name (the content has no unit column)
     * @param formUnit     for a rejected official form, its {@code 填报单位}; null otherwise
     * @param layout       for a READABLE file, how its rows are read
     */
    public record Registration(FileStatus status, String charset, Reason reason, String message, long rowsRead,
                               boolean unitFromName, String formUnit, FileInspection.Readable layout) {

        static Registration rejected(Reason reason, String message) {
            return new Registration(FileStatus.REJECTED, null, reason, message, 0, false, null, null);
        }

        Registration withRows(long rows) {
            return new Registration(status, charset, reason, message, rows, unitFromName, formUnit, layout);
        }

        Registration withFormUnit(String unit) {
            return new Registration(status, charset, reason, message, rowsRead, unitFromName, unit, layout);
        }
    }
}
