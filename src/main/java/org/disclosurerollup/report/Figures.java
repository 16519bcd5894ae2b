package org.disclosurerollup.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;

/** The figures a template's report can state: the named sums of {@code report-figures.csv}, or any value cell by code. */
final class Figures {

    private final Template template;
    private final Map<String, Figure> named;

    Figures(Template template, Map<String, Figure> named) {
        this.template = template;
        this.named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    Template template() {
        return template;
    }

    /** A named figure, else the value cell with that code. */
    Optional<Figure> find(String nameOrCode) {
        Figure figure = named.get(nameOrCode);
        if (figure != null) {
            return Optional.of(figure);
        }
        return template.cell(nameOrCode).filter(CatalogCell::carriesValue).map(Figure::of);
    }

    Figure get(String nameOrCode) {
        return find(nameOrCode).orElseThrow(() -> new IllegalStateException("年度报告数据文件引用了 " + template.id()
                + " 中没有的数字或代码“" + nameOrCode + "”"));
    }

    /** The figures watched unit by unit, in file order. */
    List<Figure> watched() {
        return named.values().stream().filter(Figure::verify).toList();
    }
}
