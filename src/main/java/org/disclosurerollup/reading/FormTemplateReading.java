package org.disclosurerollup.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.audit.Texts;

/**
 * A workbook read as one template: the rows of every value position, blank copies of a cell dropped, and the problems
 * of values next to labels the template does not know.
 */
final class FormTemplateReading {

    private final String template;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private final FormHeadLines headLines = new FormHeadLines();

    private FormTemplateReading(String template) {
        this.template = template;
    }

    static FormTemplateReading of(FormMatcher matcher, List<FormGrid> grids) {
        FormTemplateReading reading = new FormTemplateReading(matcher.vocabulary().template().id());
        for (FormGrid grid : grids) {
            reading.add(grid, matcher.match(grid));
        }
        return reading;
    }

    int cellsFound() {
        return codes.size();
    }

    String unit() {
        return headLines.unit();
    }

    OfficialFormReading.Place blankUnit() {
        return headLines.blankUnit();
    }

    String year() {
        return headLines.year();
    }

    List<RawRow> rows() {
        Map<String, List<Draft>> byCode = new LinkedHashMap<>();
        drafts.stream().filter(draft -> draft.code() != null)
                .forEach(draft -> byCode.computeIfAbsent(draft.code(), code -> new ArrayList<>()).add(draft));
        Set<Draft> dropped = new HashSet<>();
        for (List<Draft> copies : byCode.values()) {
            boolean anyFilled = copies.stream().anyMatch(draft -> !draft.blank());
            copies.stream().filter(Draft::blank).skip(anyFilled ? 0 : 1).forEach(dropped::add);
        }
        String unit = unit();
        String year = year();
        return drafts.stream().filter(draft -> !dropped.contains(draft))
                .map(draft -> new RawRow(draft.sheet(), draft.rowIndex() + 1,
                        FormGrid.cellRef(draft.rowIndex(), draft.columnIndex()), unit, year, draft.code(),
                        draft.indicator(), draft.header(), draft.value(), draft.problem()))
                .toList();
    }

    private void add(FormGrid grid, Map<Long, FormPosition> positions) {
        Box box = Box.of(grid, positions);
        if (box == null) {
            return;
        }
        headLines.read(grid, box.top());
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                FormPosition position = positions.get(FormContext.key(grid, r, c));
                if (position != null && grid.isAnchor(r, c)) {
                    addPosition(grid, r, c, position, box.contains(r, c));
                }
            }
        }
    }

    private void addPosition(FormGrid grid, int row, int column, FormPosition position, boolean inside) {
        String value = grid.text(row, column);
        boolean blank = grid.kind(row, column) == FormGrid.Kind.BLANK;
        String where = "工作表" + Texts.quote(grid.sheetName()) + "第" + (row + 1) + "行（单元格" + FormGrid.cellRef(row, column)
                + "）";
        if (position instanceof FormPosition.Value found) {
            codes.add(found.code());
            drafts.add(new Draft(grid.sheetName(), row, column, found.code(), found.indicator(), found.column(), value,
                    grid.problem(row, column), blank));
        } else if (position instanceof FormPosition.Heading heading && !blank && !notApplicable(value)) {
            drafts.add(new Draft(grid.sheetName(), row, column, heading.code(), heading.indicator(), null, value,
                    grid.problem(row, column), false));
        } else if (position instanceof FormPosition.Ambiguous ambiguous && !blank) {
            drafts.add(new Draft(grid.sheetName(), row, column, null, ambiguous.indicator(), ambiguous.column(), value,
                    where + "的指标" + Texts.quote(ambiguous.indicator()) + "可对应" + template + "模板中的多个指标（"
                            + String.join("、", ambiguous.codes()) + "）：请使用官方表格的完整指标名称", false));
        } else if (position instanceof FormPosition.Unplaced unplaced && inside
                && grid.kind(row, column) == FormGrid.Kind.VALUE) {
            drafts.add(new Draft(grid.sheetName(), row, column, null, unplaced.indicator(), null, value,
                    where + "的数值" + Texts.quote(value) + "在指标" + Texts.quote(unplaced.indicator()) + "这一行，但不在"
                            + template + "模板此行的任何栏目下：请把数值填到官方表格对应栏目的单元格中", false));
        } else if (position instanceof FormPosition.Unknown unknown && !blank && inside) {
            String label = FormVocabulary.shown(unknown.label().text());
            String message = unknown.row()
                    ? where + "的指标" + Texts.quote(label) + "不是" + template + "模板中的指标：请使用官方表格的指标名称"
                    : where + "所在栏目" + Texts.quote(label) + "（单元格" + FormGrid.cellRef(unknown.label().row(),
                    unknown.label().column()) + "）不是" + template + "模板中的栏目：请使用官方表格的栏目名称";
            drafts.add(new Draft(grid.sheetName(), row, column, null, unknown.row() ? label : null,
                    unknown.row() ? null : label, value, message, false));
        }
    }

    private static boolean notApplicable(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().matches("[-—–―/]+");
    }

    /** A value position of the form before blank copies are dropped. */
    private record Draft(String sheet, int rowIndex, int columnIndex, String code, String indicator, String header,
                         String value, String problem, boolean blank) {
    }

    /** The rows and columns spanned by a sheet's values: the table(s), where an unknown label is a problem. */
    private record Box(int top, int bottom, int left, int right) {

        static Box of(FormGrid grid, Map<Long, FormPosition> positions) {
            Box box = null;
            for (Map.Entry<Long, FormPosition> entry : positions.entrySet()) {
                if (entry.getValue() instanceof FormPosition.Value) {
                    int row = (int) (entry.getKey() >> 32);
                    int column = (int) (long) entry.getKey();
                    box = box == null ? new Box(row, row, column, column) : new Box(Math.min(box.top, row),
                            Math.max(box.bottom, row), Math.min(box.left, column), Math.max(box.right, column));
                }
            }
            return box;
        }

        boolean contains(int row, int column) {
            return row >= top && row <= bottom && column >= left && column <= right;
        }
    }
}
