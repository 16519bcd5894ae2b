package org.disclosurerollup.export;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.checking.SubmissionStatus;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;
import org.disclosurerollup.register.UnitMatch;

/** Builds the lines of {@code submissions.csv} (and of the workbook's 报送情况) from the run's files and submissions. */
final class SubmissionStatusLines {

    private SubmissionStatusLines() {
    }

    /**
     * The lines of {@code submissions.csv}: per expected unit (register order) its history — the submission that
     * counts first, then the older versions newest first, each saying what replaced it — and its duplicate files, or
     * one "missing" line; then units not expected this year; then files and rows that name no known unit.
     */
    static List<ExportModel.SubmissionLine> of(YearRun run, Map<Integer, FileRow> files,
                                               List<SubmissionRow> submissions) {
        Map<String, List<ExportModel.SubmissionLine>> fileLinesByUnit = new LinkedHashMap<>();
        List<ExportModel.SubmissionLine> unattributed = new ArrayList<>();
        Map<String, SubmissionStatus> statusOfVersion = new HashMap<>();
        submissions.forEach(s -> statusOfVersion.put(version(s.fileId(), s.unitCode()),
                SubmissionStatus.ofId(s.status())));
        for (FileRow file : files.values()) {
            Optional<Unit> named = Optional.ofNullable(file.nameUnit())
                    .flatMap(name -> run.names().resolve(name, run.year())).map(UnitMatch::unit);
            ExportModel.SubmissionLine line = null;
            if (file.status() == FileStatus.REJECTED && named.isEmpty()) {
                line = fileLine(named, file, SubmissionStatus.REJECTED, file.rowsRead(), "整个文件被退回，见问题清单");
            } else if (file.status() == FileStatus.DUPLICATE) {
                String note = "与 " + files.get(file.duplicateOf()).path() + " 内容完全相同，只计一次";
                List<Unit> copied = unitsOf(run, file.duplicateOf(), submissions);
                if (copied.isEmpty()) {
                    copied = named.map(List::of).orElse(List.of());
                }
                for (Unit unit : copied) {
                    fileLinesByUnit.computeIfAbsent(unit.code(), code -> new ArrayList<>())
                            .add(fileLine(Optional.of(unit), file, SubmissionStatus.DUPLICATE, 0, note));
                }
                if (copied.isEmpty()) {
                    unattributed.add(fileLine(Optional.empty(), file, SubmissionStatus.DUPLICATE, 0, note));
                }
            }
            if (line != null && named.isPresent()) {
                fileLinesByUnit.computeIfAbsent(named.get().code(), code -> new ArrayList<>()).add(line);
            } else if (line != null) {
                unattributed.add(line);
            }
            if (file.unattributedRows() > 0) {
                unattributed.add(new ExportModel.SubmissionLine("", file.unattributedNames(), "",
                        SubmissionStatus.REJECTED.id(), file.path(), file.sha256(), 0, file.unattributedRows(),
                        "单位不在报送名单中的数据行", received(file)));
            }
        }
        Comparator<SubmissionRow> history = Comparator.comparing((SubmissionRow s) -> !s.counts())
                .thenComparing((SubmissionRow s) -> s.supersededByFile() != null)
                .thenComparing(s -> files.get(s.fileId()), newestFileFirst());
        List<ExportModel.SubmissionLine> lines = new ArrayList<>();
        for (Unit unit : run.register().expectedIn(run.year())) {
            List<ExportModel.SubmissionLine> ofUnit = new ArrayList<>();
            submissions.stream().filter(s -> s.unitCode().equals(unit.code())).sorted(history)
                    .forEach(s -> ofUnit.add(line(run, unit, s, files, statusOfVersion)));
            ofUnit.addAll(fileLinesByUnit.getOrDefault(unit.code(), List.of()));
            if (ofUnit.isEmpty()) {
                ofUnit.add(new ExportModel.SubmissionLine(unit.code(), unit.name(), unit.type().id(),
                        SubmissionStatus.MISSING.id(), "", "", 0, 0, "未收到报表"));
            }
            lines.addAll(ofUnit);
        }
        submissions.stream().filter(s -> s.status().equals(SubmissionStatus.UNEXPECTED.id()))
                .forEach(s -> lines.add(line(run, run.register().byCode(s.unitCode()).orElseThrow(), s, files,
                        statusOfVersion)));
        fileLinesByUnit.forEach((code, fileLines) -> {
            if (run.register().byCode(code).filter(unit -> unit.expectedIn(run.year())).isEmpty()) {
                lines.addAll(fileLines);
            }
        });
        lines.addAll(unattributed);
        return lines;
    }

    /** The units whose submissions a file holds: what a copy of it stands for (its content, not its name). */
    private static List<Unit> unitsOf(YearRun run, int fileId, List<SubmissionRow> submissions) {
        return submissions.stream().filter(s -> s.fileId() == fileId).map(SubmissionRow::unitCode).distinct()
                .map(code -> run.register().byCode(code)).flatMap(Optional::stream).toList();
    }

    /** The order of the versions of a submission: received in a later run, modified later, later name, later path. */
    private static Comparator<FileRow> newestFileFirst() {
        return Comparator.comparingLong(FileRow::receivedRun).thenComparing(FileRow::modifiedAt)
                .thenComparing(file -> file.path().substring(file.path().lastIndexOf('/') + 1))
                .thenComparing(FileRow::path).reversed();
    }

    private static ExportModel.SubmissionLine line(YearRun run, Unit unit, SubmissionRow s, Map<Integer, FileRow> files,
                                                   Map<String, SubmissionStatus> statusOfVersion) {
        FileRow file = files.get(s.fileId());
        String note = switch (SubmissionStatus.ofId(s.status())) {
            case ACCEPTED -> s.counts() ? "计入汇总" : "";
            case REJECTED -> "未计入汇总：请按问题清单更正后重新报送";
            case SUPERSEDED -> supersededNote(files.get(s.supersededByFile()),
                    statusOfVersion.get(version(s.supersededByFile(), s.unitCode())));
            case UNEXPECTED -> "不在" + run.year() + "年报送名单中，未计入汇总";
            default -> "";
        };
        return new ExportModel.SubmissionLine(unit.code(), unit.name(), unit.type().id(), s.status(), file.path(),
                file.sha256(), s.accepted(), s.rejected(), note, received(file));
    }

    private static String version(int fileId, String unitCode) {
        return fileId + "|" + unitCode;
    }

    private static String supersededNote(FileRow newer, SubmissionStatus newerStatus) {
        String note = "已被较新的 " + newer.path() + " 替代，不计入汇总";
        return newerStatus == SubmissionStatus.REJECTED
                ? note + "；较新的报表被退回，本单位暂无可计入的报表" : note;
    }

    private static ExportModel.SubmissionLine fileLine(Optional<Unit> unit, FileRow file, SubmissionStatus status,
                                                       long rejected, String note) {
        return new ExportModel.SubmissionLine(unit.map(Unit::code).orElse(""),
                unit.map(Unit::name).orElse(file.nameUnit() == null ? "" : file.nameUnit()),
                unit.map(u -> u.type().id()).orElse(""), status.id(), file.path(), file.sha256(), 0, rejected,
                note, received(file));
    }

    private static ExportModel.Received received(FileRow file) {
        return new ExportModel.Received(file.receivedRun(),
                LocalDateTime.ofInstant(file.modifiedAt(), ZoneId.systemDefault()).withNano(0));
    }
}
