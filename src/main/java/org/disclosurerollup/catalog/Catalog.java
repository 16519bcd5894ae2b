package org.disclosurerollup.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All templates, and which one a reporting year uses. Built once from the data files by {@link CatalogLoader}. */
public final class Catalog {

    private final Map<String, Template> templates;
    private final List<TemplateYears> years;
    /** Upper-cased code → the templates that define it, oldest first (a lookup made for every row read). */
    private final Map<String, List<String>> templatesByCode;

    Catalog(Map<String, Template> templates, List<TemplateYears> years) {
        this.templates = Map.copyOf(templates);
        this.years = List.copyOf(years);
        Map<String, List<String>> byCode = new HashMap<>();
        for (Template template : templates()) {
            for (CatalogCell cell : template.cells()) {
                List<String> defining = byCode.computeIfAbsent(cell.code().toUpperCase(Locale.ROOT),
                        code -> new ArrayList<>());
                if (!defining.contains(template.id())) {
                    defining.add(template.id());
                }
            }
        }
        byCode.replaceAll((code, defining) -> List.copyOf(defining));
        this.templatesByCode = Map.copyOf(byCode);
    }

    public static Catalog fromClasspath() {
        return new CatalogLoader().load();
    }

    public Optional<Template> templateFor(int year) {
        return years.stream().filter(y -> y.covers(year)).findFirst().map(y -> templates.get(y.template()));
    }

    public Optional<Template> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** Every template, oldest first. */
    public List<Template> templates() {
        return years.stream().map(y -> templates.get(y.template())).toList();
    }

    /** The template ids that define this code (letter case aside), e.g. {@code P02@NEWMADE} → V2019. */
    public List<String> templatesDefining(String code) {
        return templatesByCode.getOrDefault(code.toUpperCase(Locale.ROOT), List.of());
    }
}
