package org.disclosurerollup.reading;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Labels;
import org.disclosurerollup.catalog.Template;

/**
 * The words of one template's official form: which texts are its row labels and column headers (the catalog's
 * label paths, each segment with or without numbering and notes), which are the form's own words (统计指标, 单位,
 * 统计数, 填报单位…, units, notes in parentheses), and which are foreign to it.
 */
final class FormVocabulary {

    /** What a text of a form is to a template. */
    enum Role {
        /** A segment of a row label or column header path of the template's catalog. */
        LABEL,
        /** A word of the printed form that names no cell: a corner header, a unit, a note, a 填报单位/年度 line. */
        FORM_WORD,
        /** Anything else: a typo, a label of another template, a title. */
        FOREIGN
    }

    /**
     * The header over the value column of a vertical list (V2014: 统计指标 | 单位 | 统计数), as people write it, with or
     * without a note ({@code 统计数（2017年）}).
     */
    private static final Set<String> VALUE_HEADERS = Set.of("统计数", "数值", "数量", "统计数据", "数据", "统计数值");
    /** A year over the value column: {@code 2017年}, {@code 2017年度数据}. */
    private static final Pattern YEAR_HEADER = Pattern.compile("(19|20)\\d{2}年度?(统计数|数值|数量|数据)?");
    /** Corner and section headers printed in the official forms that are not cell labels. */
    private static final Set<String> FORM_HEADERS = Set.of("统计指标", "指标", "指标名称", "单位", "计量单位", "信息内容",
            "申请人情况", "项目", "序号", "栏目");
    private static final Pattern META_LINE = Pattern.compile(
            "^(填报单位|报送单位|单位名称|单位|年度|年份|填报日期|填表日期|填表人|审核人|负责人|联系人|联系电话|注|说明)"
                    + "(\\(盖章\\))?[:].*", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("^\\(.*\\)$", Pattern.DOTALL);
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]+\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Set<String> VALUE_WORDS = Set.of("-", "—", "–", "―", "——", "--", "/", "不适用", "零", "无", "〇");
    private static final List<String> VALUE_SUFFIXES = List.of("万元", "人次", "元", "条", "件", "次", "篇", "个", "人", "项");

    private final Template template;
    private final Set<String> labelForms = new HashSet<>();
    private final Set<String> units = new HashSet<>();
    private final Map<String, String> headingCodes = new HashMap<>();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();

    FormVocabulary(Template template) {
        this.template = template;
        for (CatalogCell cell : template.cells()) {
            addPath(cell.rowLabel());
            addPath(cell.colLabel());
            units.add(Labels.normalize(cell.unit()));
            if (!cell.carriesValue()) {
                forms(cell.rowLabel()).forEach(form -> headingCodes.put(form, cell.code()));
            }
        }
    }

    Template template() {
        return template;
    }

    Role roleOf(String text) {
        return roles.computeIfAbsent(text, this::findRole);
    }

    private Role findRole(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Role.FORM_WORD;
        }
        if (labelForms.contains(key) || labelForms.contains(bare(key))) {
            return Role.LABEL;
        }
        return isFormWord(text, key) ? Role.FORM_WORD : Role.FOREIGN;
    }

    /** The heading cell (a printed row without value) this label names, or null. */
    String headingCode(String text) {
        String key = key(text);
        String code = headingCodes.get(key);
        return code != null ? code : headingCodes.get(bare(key));
    }

    static boolean isValueHeader(String text) {
        String key = Labels.withoutNotes(key(text));
        return VALUE_HEADERS.contains(key) || YEAR_HEADER.matcher(key).matches();
    }

    /** A label as the catalog's matching should see it: without a trailing colon. */
    static String clean(String text) {
        return TRAILING_COLON.matcher(text).replaceAll("");
    }

    /** A label as people read it in a message: without line breaks and surrounding spaces. */
    static String shown(String text) {
        return text.replaceAll("\\s*\\R\\s*", "").strip();
    }

    /** Whether a text cell holds a value rather than a label: a number with unit or separators, or a zero/NA word. */
    static boolean looksLikeValue(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
        if (VALUE_WORDS.contains(value)) {
            return true;
        }
        for (String suffix : VALUE_SUFFIXES) {
            if (value.endsWith(suffix) && value.length() > suffix.length()) {
                value = value.substring(0, value.length() - suffix.length());
                break;
            }
        }
        return NUMBER.matcher(value).matches();
    }

    private boolean isFormWord(String text, String key) {
        if (units.contains(key) || FORM_HEADERS.contains(Labels.withoutNotes(key)) || isValueHeader(text)) {
            return true;
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return META_LINE.matcher(nfkc).matches() || NOTE.matcher(key).matches();
    }

    private void addPath(String path) {
        if (path.isEmpty()) {
            return;
        }
        labelForms.addAll(forms(path));
        Arrays.stream(path.split("/")).forEach(segment -> labelForms.addAll(forms(segment)));
    }

    private static Set<String> forms(String label) {
        String key = key(label);
        return new HashSet<>(List.of(key, Labels.withoutNumbering(key), Labels.withoutNotes(key), bare(key)));
    }

    private static String key(String text) {
        return Labels.normalize(clean(text));
    }

    private static String bare(String key) {
        return Labels.withoutNumbering(Labels.withoutNotes(key));
    }
}
