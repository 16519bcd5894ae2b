package org.disclosurerollup.lastyear;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.catalog.TemplateTable;

/** Short names for people: {@code 表三} for the table titled {@code 三、收到和处理…}, a row label without its numbering. */
final class TableNames {

    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+)、");

    private TableNames() {
    }

    /** {@code 表三} when the table's title is numbered, else the title. */
    static String table(Template template, String table) {
        String title = template.tables().stream().filter(t -> t.table().equals(table)).findFirst()
                .map(TemplateTable::title).orElse(table);
        Matcher numbered = NUMBERED.matcher(title);
        return numbered.find() ? "表" + numbered.group(1) : title;
    }

    /** The last segment of the row label without its numbering: {@code 二、上年结转政府信息公开申请数量} → {@code 上年结转政府信息公开申请数量}. */
    static String row(CatalogCell cell) {
        String last = cell.rowLabel().substring(cell.rowLabel().lastIndexOf('/') + 1);
        return NUMBERED.matcher(last).replaceFirst("");
    }

    /** The last segment of the column label: {@code 法人或其他组织/商业企业} → {@code 商业企业}. */
    static String column(CatalogCell cell) {
        return cell.colLabel().substring(cell.colLabel().lastIndexOf('/') + 1);
    }
}
