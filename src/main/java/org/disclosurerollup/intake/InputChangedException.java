package org.disclosurerollup.intake;

import java.nio.file.Path;

/** The input changed between the start of the run and the registration of its files. */
public class InputChangedException extends RuntimeException {

    /** The year folder changed: a file was added, removed or modified. */
    public InputChangedException(Path yearFolder) {
        super("文件夹 " + yearFolder + " 在运行期间发生了变化（有文件被加入、删除或修改）：请待文件放齐后重新运行");
    }

    private InputChangedException(String message) {
        super(message);
    }

    /** Another run of last year completed meanwhile, so last year's accepted data is no longer what the run named. */
    static InputChangedException lastYearChanged(int lastYear) {
        return new InputChangedException("运行期间" + lastYear + "年的汇总又有一次运行完成，本次运行要核对的上年数据已变："
                + "请重新运行同一命令，与" + lastYear + "年最新完成的汇总核对");
    }
}
