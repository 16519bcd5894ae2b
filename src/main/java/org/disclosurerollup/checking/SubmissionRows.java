package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurerollup.audit.Reason;
import org.disclosurerollup.catalog.Template;

/**
 * One unit's rows in one file as they are read: what the submission's own checks need of them, not the rows
 * themselves — the accepted values by cell, the first row of each cell, the counts, and what the unknown codes say.
 */
final class SubmissionRows {

    private final String unitCode;
    private final Template template;
    private final ForeignTemplates foreignTemplates;
    private final Map<String, List<GivenRow>> acceptedByCode = new LinkedHashMap<>();
    private final Map<String, GivenRow> firstOfCode = new HashMap<>();
    private final List<Integer> unknownCodeRows = new ArrayList<>();
    private final Set<String> templatesOfUnknownCodes = new TreeSet<>();
    private boolean codeOfThisTemplateOnly;
    private long read;
    private long accepted;
    private long ofAnotherYear;
    /** While every row names another year: those rows, and the years they name. */
    private boolean allOfAnotherYear = true;
    private final List<Integer> anotherYearRows = new ArrayList<>();
    private final Set<Integer> otherYears = new TreeSet<>();

    SubmissionRows(String unitCode, Template template, ForeignTemplates foreignTemplates) {
        this.unitCode = unitCode;
        this.template = template;
        this.foreignTemplates = foreignTemplates;
    }

    void add(CheckedRow row) {
        read++;
        noteYear(row);
        GivenRow given = GivenRow.of(row);
        if (row.code() != null) {
            firstOfCode.putIfAbsent(row.code(), given);
            codeOfThisTemplateOnly = codeOfThisTemplateOnly || foreignTemplates.definedByOneTemplate(row.code());
        }
        if (row.accepted()) {
            accepted++;
            if (row.code() != null && template.cell(row.code()).orElseThrow().carriesValue()) {
                acceptedByCode.computeIfAbsent(row.code(), code -> new ArrayList<>(1)).add(given);
            }
        } else if (row.rejection() == Reason.YEAR_MISMATCH) {
            ofAnotherYear++;
        } else if (row.rejection() == Reason.UNKNOWN_CODE) {
            unknownCodeRows.add(row.itemNo());
            templatesOfUnknownCodes.addAll(foreignTemplates.defining(row.codeText()));
        }
    }

    private void noteYear(CheckedRow row) {
        if (!allOfAnotherYear) {
            return;
        }
        if (row.otherYear() == null) {
            allOfAnotherYear = false;
            anotherYearRows.clear();
            otherYears.clear();
        } else {
            anotherYearRows.add(row.itemNo());
            otherYears.add(row.otherYear());
        }
    }

    String unitCode() {
        return unitCode;
    }

    /**
     * The years named when every row names another year than the run's (another year's table sent under this year's
     * name); empty otherwise.
     */
    List<Integer> otherYears() {
        return allOfAnotherYear ? List.copyOf(otherYears) : List.of();
    }

    /** The rows of a submission all of another year: one problem of the submission says it for them. */
    List<Integer> anotherYearRows() {
        return anotherYearRows;
    }

    long read() {
        return read;
    }

    long accepted() {
        return accepted;
    }

    long ofAnotherYear() {
        return ofAnotherYear;
    }

    /** The accepted rows of each value cell, cell by cell in the order first given. */
    Map<String, List<GivenRow>> acceptedByCode() {
        return acceptedByCode;
    }

    /** The first row giving a cell, accepted or not. */
    Optional<GivenRow> firstOf(String code) {
        return Optional.ofNullable(firstOfCode.get(code));
    }

    /**
     * The other templates this submission was filled in, when it was: some of its unknown codes belong to another
     * template and none of its codes belongs only to the year's (a V2019 table sent for 2024 still shares 表三 and
     * 表四 codes).
     */
    List<String> foreignTemplates() {
        return codeOfThisTemplateOnly ? List.of() : List.copyOf(templatesOfUnknownCodes);
    }

    /** The rows whose codes are unknown: a submission in another template says it once for all of them. */
    List<Integer> unknownCodeRows() {
        return unknownCodeRows;
    }
}
