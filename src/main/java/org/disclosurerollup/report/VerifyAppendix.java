package org.disclosurerollup.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The appendix 发布前请核对的数字: one row per line handed in, for the person who completes the draft. */
final class VerifyAppendix {

    static final String TITLE = "附录　发布前请核对的数字";
    static final List<String> HEADERS = List.of("单位", "指标", "本年", "上年或参照", "请核对");
    private static final int[] WEIGHTS = {14, 22, 10, 18, 36};

    private final ReportDocument document;

    VerifyAppendix(ReportDocument document) {
        this.document = document;
    }

    void write(List<VerifyLine> lines) {
        document.pageBreak();
        document.heading(TITLE);
        document.paragraph("【下列数字由汇总程序列出：未计入汇总数的单位（未报送、被退回）和不全的下级汇总，与上年相比变化很大的、"
                + "远高于同类单位的、汇总时有警告并已计入汇总数的数字。"
                + "发布前请逐条核对，核对完毕后删除本附录。】");
        if (lines.isEmpty()) {
            document.paragraph("本年没有需要特别核对的数字。");
            return;
        }
        int[] widths = WordTables.scaled(WEIGHTS, ReportDocument.TEXT_WIDTH);
        XWPFTable table = WordTables.create(document.document(), widths);
        row(table, HEADERS, widths, true);
        for (VerifyLine line : lines) {
            row(table, List.of(line.unit(), line.figure(), line.thisYear(), line.reference(), line.whatToCheck()),
                    widths, false);
        }
    }

    private static void row(XWPFTable table, List<String> texts, int[] widths, boolean header) {
        XWPFTableRow row = WordTables.row(table, header);
        for (int c = 0; c < texts.size(); c++) {
            boolean centred = header || c == 2 || c == 3;
            WordTables.text(WordTables.cell(row, widths, c, c), texts.get(c),
                    centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, header);
        }
    }
}
