package org.disclosurerollup.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.disclosurerollup.export.ExportModel.SubmissionLine;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.InputFileRepository;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitRegister;
import org.disclosurerollup.submission.SubmissionRepository.UnitSubmission;
import org.disclosurerollup.submission.SubmissionRepository;
import org.disclosurerollup.submission.SubmissionStatus;

/**
 * The lines of {@code submissions.csv} (and of the workbook's 报送情况), read from the run's files and submissions as
 * they are written: per expected unit (register order) its history — the submission that counts first, then the older
 * versions newest first, each saying what replaced it — and its duplicate files, or one "missing" line; then units not
 * expected this year; then files and rows that name no known unit. Memory holds one unit's versions at a time, and
 * the lines of the files not simply read (rejected whole, copies).
 */
final class SubmissionStatusLines {

    /** The order of a unit's versions: the one that counts, the rejected newest, then the superseded newest first. */
    private static final Comparator<UnitSubmission> HISTORY = Comparator.comparing((UnitSubmission s) -> !s.counts())
            .thenComparing(s -> s.supersededByFile() != null)
            .thenComparing(Comparator.comparingLong(UnitSubmission::receivedRun)
                    .thenComparing(UnitSubmission::modifiedAt)
                    .thenComparing(s -> s.path().substring(s.path().lastIndexOf('/') + 1))
                    .thenComparing(UnitSubmission::path).reversed());

    private final long runId;
    private final int year;
    private final UnitRegister register;
    private final InputFileRepository files;
    private final SubmissionRepository submissions;

    SubmissionStatusLines(long runId, int year, UnitRegister register, InputFileRepository files,
                          SubmissionRepository submissions) {
        this.runId = runId;
        this.year = year;
        this.register = register;
        this.files = files;
        this.submissions = submissions;
    }

    void forEach(Consumer<? super SubmissionLine> out) {
        Map<String, List<SubmissionLine>> fileLinesByUnit = new LinkedHashMap<>();
        List<SubmissionLine> unattributed = new ArrayList<>();
        files.forEachFactNotRead(runId, file -> fileLines(file, fileLinesByUnit, unattributed));
        List<UnitSubmission> unexpected = new ArrayList<>();
        List<UnitSubmission> ofUnit = new ArrayList<>();
        submissions.forEachUnitSubmission(runId, row -> {
            if (!ofUnit.isEmpty() && ofUnit.get(0).position() != row.position()) {
                unitLines(ofUnit, fileLinesByUnit, unexpected, out);
                ofUnit.clear();
            }
            ofUnit.add(row);
        });
        if (!ofUnit.isEmpty()) {
            unitLines(ofUnit, fileLinesByUnit, unexpected, out);
        }
        unexpected.sort(Comparator.comparing(UnitSubmission::fileId).thenComparing(UnitSubmission::unitCode));
        unexpected.forEach(s -> out.accept(line(s)));
        fileLinesByUnit.forEach((code, lines) -> {
            if (register.byCode(code).filter(unit -> unit.expectedIn(year)).isEmpty()) {
                lines.forEach(out);
            }
        });
        unattributed.forEach(out);
    }

    private void unitLines(List<UnitSubmission> ofUnit, Map<String, List<SubmissionLine>> fileLinesByUnit,
                           List<UnitSubmission> unexpected, Consumer<? super SubmissionLine> out) {
        UnitSubmission unit = ofUnit.get(0);
        List<UnitSubmission> versions = ofUnit.stream().filter(s -> s.fileId() != null).toList();
        if (!unit.expected()) {
            unexpected.addAll(versions.stream().filter(s -> s.status() == SubmissionStatus.UNEXPECTED).toList());
            return;
        }
        versions.stream().sorted(HISTORY).forEach(s -> out.accept(line(s)));
        List<SubmissionLine> fileLines = fileLinesByUnit.remove(unit.unitCode());
        if (fileLines != null) {
            fileLines.forEach(out);
        }
        if (versions.isEmpty() && fileLines == null) {
            out.accept(new SubmissionLine(unit.unitCode(), unit.unitName(), unit.unitType(), SubmissionStatus.MISSING,
                    "", "", 0, 0, "未收到报表"));
        }
    }

    /** The lines a file rejected whole (naming no unit of the register), a copy, or rows of no known unit make. */
    private void fileLines(InputFileRepository.Fact file, Map<String, List<SubmissionLine>> byUnit,
                           List<SubmissionLine> unattributed) {
        Optional<Unit> named = Optional.ofNullable(file.nameUnitCode()).flatMap(register::byCode);
        if (file.status() == FileStatus.REJECTED && named.isEmpty()) {
            unattributed.add(fileLine(named, file, SubmissionStatus.REJECTED, file.rowsRead(), "整个文件被退回，见问题清单"));
        } else if (file.status() == FileStatus.DUPLICATE) {
            String note = "与 " + file.duplicateOfPath() + " 内容完全相同，只计一次";
            List<Unit> copied = submissions.unitsIn(runId, file.duplicateOf()).stream().map(register::byCode)
                    .flatMap(Optional::stream).toList();
            if (copied.isEmpty()) {
                copied = named.map(List::of).orElse(List.of());
            }
            for (Unit unit : copied) {
                byUnit.computeIfAbsent(unit.code(), code -> new ArrayList<>())
                        .add(fileLine(Optional.of(unit), file, SubmissionStatus.DUPLICATE, 0, note));
            }
            if (copied.isEmpty()) {
                unattributed.add(fileLine(Optional.empty(), file, SubmissionStatus.DUPLICATE, 0, note));
            }
        }
        if (file.rowsUnattributed() > 0) {
            unattributed.add(new SubmissionLine("", file.unattributedUnits(), "", SubmissionStatus.REJECTED,
                    file.path(), file.sha256(), 0, file.rowsUnattributed(), "单位不在报送名单中的数据行",
                    received(file.receivedRun(), file.modifiedAt())));
        }
    }

    private SubmissionLine line(UnitSubmission s) {
        String note = switch (s.status()) {
            case ACCEPTED -> s.counts() ? "计入汇总" : "";
            case REJECTED -> "未计入汇总：请按问题清单更正后重新报送";
            case SUPERSEDED -> supersededNote(s.newerPath(), s.newerStatus());
            case UNEXPECTED -> "不在" + year + "年报送名单中，未计入汇总";
            default -> "";
        };
        if (s.lowerAreaRun() != null) {
            note = note.isEmpty() ? s.lowerAreaRun().note() : note + "；" + s.lowerAreaRun().note();
        }
        return new SubmissionLine(s.unitCode(), s.unitName(), s.unitType(), s.status(), s.path(), s.sha256(),
                s.rowsAccepted(), s.rowsRejected(), note, received(s.receivedRun(), s.modifiedAt()));
    }

    private static String supersededNote(String newerPath, SubmissionStatus newerStatus) {
        String note = "已被较新的 " + newerPath + " 替代，不计入汇总";
        return newerStatus == SubmissionStatus.REJECTED ? note + "；较新的报表被退回，本单位暂无可计入的报表" : note;
    }

    private static SubmissionLine fileLine(Optional<Unit> unit, InputFileRepository.Fact file, SubmissionStatus status,
                                           long rejected, String note) {
        return new SubmissionLine(unit.map(Unit::code).orElse(""),
                unit.map(Unit::name).orElse(file.nameUnit() == null ? "" : file.nameUnit()),
                unit.map(u -> u.type().id()).orElse(""), status, file.path(), file.sha256(), 0, rejected, note,
                received(file.receivedRun(), file.modifiedAt()));
    }

    private static ExportModel.Received received(long run, Instant modifiedAt) {
        return new ExportModel.Received(run, LocalDateTime.ofInstant(modifiedAt, ZoneId.systemDefault()).withNano(0));
    }
}
