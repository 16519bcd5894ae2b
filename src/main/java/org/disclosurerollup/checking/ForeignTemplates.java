package org.disclosurerollup.checking;

import java.text.Normalizer;
import java.util.List;
import org.disclosurerollup.catalog.Catalog;

/** Which templates define a code: tells a submission filled in another year's template from one with a few wrong codes. */
class ForeignTemplates {

    private final Catalog catalog;

    ForeignTemplates(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The code is one of a single template's (the year's own, for a code that was found). */
    boolean definedByOneTemplate(String code) {
        return catalog.templatesDefining(code).size() == 1;
    }

    /** The templates that define an unknown code as written (spaces and full-width forms aside). */
    List<String> defining(String codeText) {
        if (codeText == null) {
            return List.of();
        }
        return List.copyOf(catalog.templatesDefining(Normalizer.normalize(codeText, Normalizer.Form.NFKC)
                .replaceAll("\\s", "")));
    }
}
