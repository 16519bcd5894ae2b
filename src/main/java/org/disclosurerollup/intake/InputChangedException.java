package org.disclosurerollup.intake;

import java.nio.file.Path;

/** The year folder changed between the start of the run and the registration of its files. */
public class InputChangedException extends RuntimeException {
    public InputChangedException(Path yearFolder) {
        super("文件夹 " + yearFolder + " 在运行期间发生了变化（有文件被加入、删除或修改）：请待文件放齐后重新运行");
    }
}
