package org.disclosurerollup.checking;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Catalog;

/** Tells a submission filled in another year's template from one with a few wrong codes. */
class ForeignTemplates {

    private final Catalog catalog;

    ForeignTemplates(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The other templates this submission was filled in, when it was: some of its codes belong only to another
     * template and none belongs only to the year's (a V2019 table sent for 2024 still shares 表三 and 表四 codes).
     */
    List<String> filledIn(List<StoredRow> rows) {
        Set<String> foreign = new HashSet<>();
        for (StoredRow row : rows) {
            if (row.code() != null && catalog.templatesDefining(row.code()).size() == 1) {
                return List.of();
            }
            if (Reason.UNKNOWN_CODE.id().equals(row.reason()) && row.codeText() != null) {
                String code = Normalizer.normalize(row.codeText(), Normalizer.Form.NFKC).replaceAll("\\s", "");
                foreign.addAll(catalog.templatesDefining(code));
            }
        }
        return foreign.stream().sorted().toList();
    }
}
