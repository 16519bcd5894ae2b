package org.disclosurerollup.lastyear;

import java.util.List;
import java.util.Optional;
import org.disclosurerollup.catalog.CatalogCell;
import org.disclosurerollup.catalog.Template;
import org.disclosurerollup.submission.CellValue;
import org.disclosurerollup.submission.Figures;

/**
 * A submission identical to the same unit's last year — every value cell the two templates share equal, blank and
 * "—" alike — with at least one value that is not zero: most likely last year's report sent again.
 */
final class SameAsLastYear {

    static final String REASON = "same-as-last-year";

    private final List<String> sharedCodes;
    private final int lastYear;

    SameAsLastYear(Template template, Template lastTemplate, int lastYear) {
        this.sharedCodes = template.valueCells().stream().map(CatalogCell::code)
                .filter(code -> lastTemplate.cell(code).filter(CatalogCell::carriesValue).isPresent()).toList();
        this.lastYear = lastYear;
    }

    Optional<Finding> check(String unitName, Figures current, Figures last) {
        boolean anyValue = false;
        for (String code : sharedCodes) {
            CellValue value = current.cell(code);
            if (!value.sameAs(last.cell(code))) {
                return Optional.empty();
            }
            anyValue |= value.forSums().signum() != 0;
        }
        return anyValue ? Optional.of(new Finding(null, REASON, unitName + " · 与上年（" + lastYear
                + "年）报送的数据完全相同，请确认不是误报了上年的报表")) : Optional.empty();
    }
}
