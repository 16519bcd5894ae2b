package org.disclosurerollup.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.register.Unit;

/** The building blocks of one year's demo input: who is expected, their figures (fixed seeds) and their files. */
final class DemoYear {

    private final int year;
    private final Template template;
    private final List<Unit> expected;

    DemoYear(int year, Template template, List<Unit> register) {
        this.year = year;
        this.template = template;
        this.expected = register.stream().filter(unit -> unit.expectedIn(year)).toList();
    }

    int year() {
        return year;
    }

    Template template() {
        return template;
    }

    List<Unit> expected() {
        return expected;
    }

    /** Consistent figures for a unit, the same on every run. */
    Map<String, BigDecimal> figures(String unit) {
        long seed = (unit + "/" + year).hashCode();
        return ConsistentFigures.generate(template, new Random(seed), Scale.SMALL);
    }

    DemoSubmission submission(String unit) {
        return submission(unit, figures(unit));
    }

    DemoSubmission submission(String unit, Map<String, BigDecimal> figures) {
        return DemoSubmission.of(unit, year, template, figures);
    }

    /** A submission filled in another template than the year's. */
    DemoSubmission submission(String unit, Template otherTemplate, Map<String, BigDecimal> figures) {
        return DemoSubmission.of(unit, year, otherTemplate, figures);
    }

    /** {@code <name>_<year>.csv} */
    String fileName(String name) {
        return name + "_" + year + ".csv";
    }

    DemoFile file(String name, LongCsvLayout layout, String note, DemoSubmission... submissions) {
        List<LongRow> rows = Arrays.stream(submissions).flatMap(s -> s.rows().stream()).toList();
        List<String> units = Arrays.stream(submissions).map(DemoSubmission::unit).filter(this::isExpected).toList();
        return new DemoFile(year + "/" + name, layout.render(rows), units, rows.size(), note);
    }

    /** An Excel file holding one submission, rendered from a title and the rows (see {@link LongExcelLayout}). */
    DemoFile excelFile(String name, BiFunction<String, List<LongRow>, byte[]> render, String note,
                       DemoSubmission submission) {
        List<LongRow> rows = submission.rows();
        List<String> units = isExpected(submission.unit()) ? List.of(submission.unit()) : List.of();
        byte[] content = render.apply(submission.unit() + year + "年政府信息公开工作年度报告统计", rows);
        return new DemoFile(year + "/" + name, content, units, rows.size(), note);
    }

    /** One ordinary file for every expected unit not in {@code left out}. */
    List<DemoFile> ordinaryFilesExcept(Collection<String> leftOut) {
        return expected.stream().map(Unit::name).filter(name -> !leftOut.contains(name))
                .map(name -> file(fileName(name), LongCsvLayout.standard(), "", submission(name)))
                .toList();
    }

    private boolean isExpected(String name) {
        return expected.stream().anyMatch(unit -> unit.name().equals(name));
    }
}
