package org.disclosurerollup.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.IndicatorIndex;
import org.disclosurerollup.catalog.IndicatorMatch;
import org.disclosurerollup.reading.FormContext.Label;
import org.disclosurerollup.reading.FormVocabulary.Role;

/**
 * Reads the positions of a form's sheets as one template: each position's row labels and column headers name at most
 * one catalog cell. A value needs both a row and a column (a matrix cell), or a row under a value header (a vertical
 * list), or, with no row label at all, a header path right above it that names the whole cell (表四). Labels may carry
 * extra outer levels (a caption, 申请人情况, a title): the path is shortened from the outside until it names something.
 */
final class FormMatcher {

    private final FormVocabulary vocabulary;
    private final IndicatorIndex index;

    FormMatcher(FormVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.index = IndicatorIndex.of(vocabulary.template());
    }

    FormVocabulary vocabulary() {
        return vocabulary;
    }

    /** Every anchor position of the grid and what it is, top to bottom, left to right. */
    Map<Long, FormPosition> match(FormGrid grid) {
        Map<Long, FormPosition> positions = new HashMap<>();
        Set<Long> values = new HashSet<>();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.isAnchor(r, c)) {
                    continue;
                }
                boolean text = grid.kind(r, c) == FormGrid.Kind.TEXT;
                if (text && vocabulary.roleOf(grid.text(r, c)) != Role.FOREIGN) {
                    continue;
                }
                FormPosition position = resolve(grid, r, c, values, positions);
                if (text && !(position instanceof FormPosition.Value)) {
                    continue;
                }
                long key = FormContext.key(grid, r, c);
                positions.put(key, position);
                if (position instanceof FormPosition.Value) {
                    values.add(key);
                }
            }
        }
        return positions;
    }

    private FormPosition resolve(FormGrid grid, int row, int column, Set<Long> values, Map<Long, FormPosition> done) {
        FormContext context = FormContext.at(grid, row, column, vocabulary, values);
        FormPosition position = context.left().isEmpty() ? byHeaderOnly(context) : byRowAndColumn(context);
        if (position instanceof FormPosition.Ambiguous ambiguous) {
            position = byEnclosingSection(grid, row, column, ambiguous, done);
        }
        if (position instanceof FormPosition.Value || position instanceof FormPosition.Ambiguous) {
            if (foreign(context.nearestLeft())) {
                return new FormPosition.Unknown(context.nearestLeft(), true);
            }
            if (foreign(context.nearestAbove())) {
                return new FormPosition.Unknown(context.nearestAbove(), false);
            }
        }
        if (position instanceof FormPosition.Outside || position instanceof FormPosition.Unplaced) {
            if (foreign(context.nearestLeft())) {
                return new FormPosition.Unknown(context.nearestLeft(), true);
            }
            if (foreign(context.nearestAbove()) && !context.left().isEmpty()) {
                return new FormPosition.Unknown(context.nearestAbove(), false);
            }
        }
        return position;
    }

    private FormPosition byRowAndColumn(FormContext context) {
        List<List<Label>> rows = tails(context.left());
        List<List<Label>> columns = tails(context.above());
        for (List<Label> row : rows) {
            for (List<Label> column : columns) {
                IndicatorMatch match = index.find(path(row), path(column));
                if (!(match instanceof IndicatorMatch.NotFound)) {
                    return position(match, row, column);
                }
            }
        }
        boolean underValueHeader = context.nearestAbove() != null
                && FormVocabulary.isValueHeader(context.nearestAbove().text());
        for (List<Label> row : rows) {
            IndicatorMatch match = index.find(path(row), null);
            if (match instanceof IndicatorMatch.NotFound) {
                continue;
            }
            boolean verticalList = codes(match).stream().noneMatch(code -> cell(code).isMatrixCell());
            if (verticalList && underValueHeader) {
                return position(match, row, List.of());
            }
            if (match instanceof IndicatorMatch.Found || verticalList) {
                return new FormPosition.Unplaced(shown(context.left()));
            }
        }
        String heading = vocabulary.headingCode(context.left().get(context.left().size() - 1).text());
        return heading != null ? new FormPosition.Heading(heading, shown(context.left()))
                : new FormPosition.Unplaced(shown(context.left()));
    }

    /**
     * 表四: no row label, the header path above names the whole cell ({@code 行政诉讼/复议后起诉/总计}), its lowest
     * header being the cell's column.
     */
    private FormPosition byHeaderOnly(FormContext context) {
        if (!context.underHeader()) {
            return new FormPosition.Outside();
        }
        for (List<Label> path : tails(context.above())) {
            if (path.size() < 2) {
                break;
            }
            List<Label> row = path.subList(0, path.size() - 1);
            List<Label> column = path.subList(path.size() - 1, path.size());
            IndicatorMatch match = index.find(path(row), path(column));
            if (matrixOnly(match)) {
                return position(match, row, column);
            }
        }
        return new FormPosition.Outside();
    }

    /**
     * A label printed in two sections (V2014's （二）被依法纠错数 under 行政复议 and under 行政诉讼) is told apart by the
     * nearest cell read above it in the same column: the candidate in that cell's section is the one.
     */
    private FormPosition byEnclosingSection(FormGrid grid, int row, int column, FormPosition.Ambiguous ambiguous,
                                            Map<Long, FormPosition> done) {
        for (int r = row - 1; r >= 0; r--) {
            if (done.get(FormContext.key(grid, r, column)) instanceof FormPosition.Value above) {
                Set<String> section = withAncestors(cell(above.code()).rowCode());
                List<String> related = ambiguous.codes().stream()
                        .filter(code -> ancestors(cell(code).rowCode()).stream().anyMatch(section::contains))
                        .toList();
                return related.size() == 1
                        ? new FormPosition.Value(related.get(0), ambiguous.indicator(), ambiguous.column())
                        : ambiguous;
            }
        }
        return ambiguous;
    }

    /** The row codes a row code sits under: {@code L03_3_4b} → {@code L03_3_4}, {@code L03_3}, {@code L03}. */
    private static List<String> ancestors(String rowCode) {
        List<String> ancestors = new ArrayList<>();
        String code = rowCode;
        while (true) {
            if (code.matches(".*\\d[a-z]")) {
                code = code.substring(0, code.length() - 1);
            } else if (code.contains("_")) {
                code = code.substring(0, code.lastIndexOf('_'));
            } else {
                return ancestors;
            }
            ancestors.add(code);
        }
    }

    private static Set<String> withAncestors(String rowCode) {
        Set<String> codes = new LinkedHashSet<>(ancestors(rowCode));
        codes.add(rowCode);
        return codes;
    }

    private FormPosition position(IndicatorMatch match, List<Label> row, List<Label> column) {
        String columnText = column.isEmpty() ? null : shown(column);
        if (match instanceof IndicatorMatch.Found found) {
            return new FormPosition.Value(found.code(), shown(row), columnText);
        }
        return new FormPosition.Ambiguous(((IndicatorMatch.Ambiguous) match).codes(), shown(row), columnText);
    }

    /** A header path names a matrix cell (表四), never a row of a vertical list, which needs its row label. */
    private boolean matrixOnly(IndicatorMatch match) {
        List<String> codes = codes(match);
        return !codes.isEmpty() && codes.stream().allMatch(code -> cell(code).isMatrixCell());
    }

    private static List<String> codes(IndicatorMatch match) {
        return match instanceof IndicatorMatch.Found found ? List.of(found.code())
                : match instanceof IndicatorMatch.Ambiguous ambiguous ? ambiguous.codes() : List.of();
    }

    private CatalogCell cell(String code) {
        return vocabulary.template().cell(code).orElseThrow();
    }

    private static boolean foreign(Label label) {
        return label != null && label.role() == Role.FOREIGN;
    }

    /** A path and its shorter tails, longest first. */
    private static List<List<Label>> tails(List<Label> path) {
        List<List<Label>> tails = new ArrayList<>();
        for (int start = 0; start < path.size(); start++) {
            tails.add(path.subList(start, path.size()));
        }
        return tails;
    }

    private static String path(List<Label> labels) {
        return String.join("/", labels.stream().map(label -> FormVocabulary.clean(label.text())).toList());
    }

    private static String shown(List<Label> labels) {
        return String.join("/", labels.stream().map(label -> FormVocabulary.shown(label.text())).toList());
    }
}
