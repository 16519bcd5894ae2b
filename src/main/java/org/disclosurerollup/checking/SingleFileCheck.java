package org.disclosurerollup.checking;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.disclosurerollup.audit.Problem;
import org.disclosurerollup.audit.Texts;
import org.disclosurerollup.intake.FileStatus;
import org.disclosurerollup.intake.ReadFile;
import org.disclosurerollup.intake.YearRun;
import org.disclosurerollup.register.Unit;

/**
 * A file checked on its own, outside a run (command {@code check}, the console's check page): each problem as the
 * run lists it, in the order found, and what the run would make of the file. Like the run, it leaves out the problems
 * of rows that one problem of their submission replaces (a form of another template), known only when the file is
 * read: the problems are held back until then, and when there are too many to hold, the file is read a second time
 * to hand them out. Not thread-safe, as {@link FileCheck}.
 */
public final class SingleFileCheck {

    /** Problems held back at most; a file with more is read twice. */
    private static final int HELD_BACK = 10_000;

    private final YearRun run;
    private final FileCheck check;
    private final int heldBackAtMost;

    public SingleFileCheck(YearRun run, FileCheck check) {
        this(run, check, HELD_BACK);
    }

    SingleFileCheck(YearRun run, FileCheck check, int heldBackAtMost) {
        this.run = run;
        this.check = check;
        this.heldBackAtMost = heldBackAtMost;
    }

    /**
     * A problem as the outputs list it.
     *
     * @param unit  the unit by its name in the register, or as the file writes it
     * @param value the text as written
     */
    public record Line(boolean error, String sheet, Integer row, String unit, String code, String value,
                       String reason, String message) {
    }

    /**
     * What the run would make of a file: the units it counts for, its rows accounted for, and how many errors and
     * warnings it has.
     *
     * @param units        the units of the register the file's submissions are, by their register names
     * @param unitsWritten when it is none's, the unit(s) it names as written; null when it names none
     */
    public record Outcome(List<String> units, String unitsWritten, FileStatus status, long rowsRead,
                          long rowsAccepted, long errors, long warnings) {

        /** Units named in the summary; more are counted. */
        private static final int UNITS_SHOWN = 5;

        public Outcome {
            units = List.copyOf(units);
        }

        public long rowsRejected() {
            return rowsRead - rowsAccepted;
        }

        /** The run would take every row of the file: no error (warnings allowed). */
        public boolean acceptedWhole() {
            return errors == 0 && status == FileStatus.READABLE && rowsAccepted == rowsRead;
        }

        /**
         * {@code 四坝镇_2024.csv：四坝镇的报表，读取 200 行，采用 198，退回 2；错误 2 条，警告 1 条：请按上面各行更正后再报送},
         * printed after the file's problems (command {@code check}).
         */
        public String summary(String fileName) {
            return summary(fileName, "上面");
        }

        /** As {@link #summary(String)}, shown before the file's problems (the console's check page): 请按下面各行更正… */
        public String summaryBeforeProblems(String fileName) {
            return summary(fileName, "下面");
        }

        private String summary(String fileName, String where) {
            String rows = fileName + "：" + whose() + "，读取 " + rowsRead + " 行，采用 " + rowsAccepted + "，退回 "
                    + rowsRejected() + "；";
            if (status == FileStatus.REJECTED) {
                return rows + "整个文件会被退回：请按" + where + "的说明更正后再报送";
            }
            if (errors > 0) {
                return rows + "错误 " + errors + " 条" + (warnings > 0 ? "，警告 " + warnings + " 条" : "")
                        + "：请按" + where + "各行更正后再报送";
            }
            if (rowsRead == 0) {
                return rows + "文件中没有数据行：请填写后再报送";
            }
            return rows + (warnings == 0 ? "没有问题，汇总时会整份采用"
                    : "没有错误，有 " + warnings + " 条警告：请逐条核对（汇总时仍会整份采用）");
        }

        /** {@code 四坝镇的报表}, {@code 四坝镇、中坝镇的报表}, or that the file counts for no unit of the register. */
        private String whose() {
            if (units.isEmpty()) {
                return "不是报送名单中任何单位的报表（" + (unitsWritten == null ? "文件没有写明单位"
                        : "文件写的单位是" + Texts.quote(unitsWritten)) + "）";
            }
            String named = String.join("、", units.subList(0, Math.min(units.size(), UNITS_SHOWN)));
            return (units.size() > UNITS_SHOWN ? named + "等" + units.size() + "个单位" : named) + "的报表";
        }
    }

    /**
     * @param lines receives the file's problems, the errors and warnings as the run would record them
     * @throws IOException the file cannot be read, or failed to read after it inspected as readable
     */
    public Outcome check(Path file, Consumer<Line> lines) throws IOException {
        HeldBack heldBack = new HeldBack();
        FileCheck.Result result = check.check(file, heldBack::offer);
        Set<Integer> covered = new HashSet<>(result.coveredRows());
        Counted counted = new Counted(lines);
        Consumer<Problem> standing = problem -> {
            if (problem.itemNo() == null || !covered.contains(problem.itemNo())) {
                counted.accept(problem);
            }
        };
        if (heldBack.overflowed) {
            check.check(file, standing);
        } else {
            heldBack.problems.forEach(standing);
        }
        long accepted = result.submissions().stream().mapToLong(SubmissionVerdict::rowsAccepted).sum();
        ReadFile read = result.file();
        List<String> units = Stream.concat(result.submissions().stream().map(SubmissionVerdict::unitCode),
                        Stream.ofNullable(read.nameUnitCode()).filter(code -> result.submissions().isEmpty()))
                .distinct().map(code -> run.register().byCode(code).map(Unit::name).orElse(code)).toList();
        String written = read.nameUnit() != null ? read.nameUnit()
                : FileCheck.NO_UNIT.equals(read.unattributedUnits()) ? null : read.unattributedUnits();
        return new Outcome(units, units.isEmpty() ? written : null, read.status(), read.rowsRead(), accepted,
                counted.errors, counted.warnings);
    }

    /** The problems found, up to a number; past that, none (the file is read again). */
    private final class HeldBack {
        private final List<Problem> problems = new ArrayList<>();
        private boolean overflowed;

        void offer(Problem problem) {
            if (overflowed) {
                return;
            }
            if (problems.size() < heldBackAtMost) {
                problems.add(problem);
            } else {
                overflowed = true;
                problems.clear();
            }
        }
    }

    /** Hands the problems out as lines and counts them. */
    private final class Counted implements Consumer<Problem> {
        private final Consumer<Line> lines;
        private long errors;
        private long warnings;

        Counted(Consumer<Line> lines) {
            this.lines = lines;
        }

        @Override
        public void accept(Problem problem) {
            if (problem.error()) {
                errors++;
            } else {
                warnings++;
            }
            String unit = problem.unitCode() == null ? problem.unitText()
                    : run.register().byCode(problem.unitCode()).map(Unit::name).orElse(problem.unitText());
            lines.accept(new Line(problem.error(), problem.sheet(), problem.rowNo(), unit, problem.code(),
                    problem.rawValue(), problem.reason(), problem.message()));
        }
    }
}
