package org.disclosurerollup.report;

import java.util.List;
import org.disclosurerollup.catalog.Template;

/**
 * The main figures of a template, those the report's appendix watches unit by unit ({@code verify} in
 * {@code report-figures.csv}): 新收申请, 行政复议, 行政诉讼 … — for lists that compare units or areas on a few figures.
 */
public final class MainFigures {

    /** A main figure: how it is named ({@code 新收申请（A01@TT）}) and the value cells it sums. */
    public record MainFigure(String label, List<String> codes, boolean amount) {
    }

    private static final class Domain {
        static final ReportDomain REPORT = ReportDomain.fromClasspath();
    }

    private MainFigures() {
    }

    public static List<MainFigure> of(Template template) {
        return Domain.REPORT.figures(template).watched().stream()
                .map(figure -> new MainFigure(figure.label(), figure.codes(), figure.amount())).toList();
    }
}
