package org.disclosurerollup.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All templates, and which one a reporting year uses. Built once from the data files by {@link CatalogLoader}. */
public final class Catalog {

    private final Map<String, Template> templates;
    private final List<TemplateYears> years;

    Catalog(Map<String, Template> templates, List<TemplateYears> years) {
        this.templates = Map.copyOf(templates);
        this.years = List.copyOf(years);
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
        return templates().stream()
                .filter(t -> t.cells().stream().anyMatch(cell -> cell.code().equalsIgnoreCase(code)))
                .map(Template::id).toList();
    }
}
