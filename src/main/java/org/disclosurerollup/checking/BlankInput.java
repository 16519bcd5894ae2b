package org.disclosurerollup.checking;

import java.util.ArrayList;
import java.util.List;
import org.disclosurerollup.reading.RawRow;

/**
 * Whether anything was written in a file's value cells: a fill-in template or official form sent back with nothing
 * typed in, or a long file whose values are all blank, is no submission of zeros (a 0 or a “—” typed in is input).
 * While nothing is written, the rows whose problems were handed out are kept, so that the one problem of the file can
 * stand for them.
 */
final class BlankInput {

    private boolean written;
    private final List<Integer> rowsWithProblems = new ArrayList<>();

    void add(RawRow raw, CheckedRow row) {
        if (written) {
            return;
        }
        if (raw.malformed() || (raw.value() != null && !SubmittedText.normalise(raw.value()).isEmpty())) {
            written = true;
            rowsWithProblems.clear();
        } else if (!row.problems().isEmpty()) {
            rowsWithProblems.add(row.itemNo());
        }
    }

    /** The file has rows and not one value in them. */
    boolean blank(long rowsRead) {
        return rowsRead > 0 && !written;
    }

    /** The rows of a blank file whose problems the file's one problem replaces. */
    List<Integer> rowsWithProblems() {
        return rowsWithProblems;
    }

    /** @param form the file is an official form (a fill-in template), not the long layout */
    static String message(String fileName, boolean form) {
        String file = "“" + fileName + "”";
        return form ? file + "是空白的报表模板，一个数字也没有填写：请在表中填写本单位的各项数字（没有发生的填0），再重新报送"
                : file + "的数值一个也没有填写（“数值”列全部为空）：请填写各项数字（没有发生的填0），再重新报送";
    }
}
