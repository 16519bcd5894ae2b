package org.disclosurerollup.demo;

import java.util.List;

/**
 * One file of the demo input.
 *
 * @param path  relative to the input folder, e.g. {@code 2024/邮件附件/永昌镇_2024.csv}
 * @param units the register names of the units whose submission the file holds
 * @param rows  data rows written (header excluded)
 * @param note  what the file shows, for the summary; empty for an ordinary file
 */
record DemoFile(String path, byte[] content, List<String> units, int rows, String note) {

    DemoFile {
        units = List.copyOf(units);
    }

    /**
     * The same file damaged: two bytes {@code 0xFF}, valid in neither UTF-8 nor GB18030, in the middle of the second
     * data row, as when a transfer cuts a file.
     */
    DemoFile damaged(String otherNote) {
        int secondRow = indexAfterLineBreaks(2);
        byte[] broken = new byte[content.length + 2];
        System.arraycopy(content, 0, broken, 0, secondRow + 3);
        broken[secondRow + 3] = (byte) 0xFF;
        broken[secondRow + 4] = (byte) 0xFF;
        System.arraycopy(content, secondRow + 3, broken, secondRow + 5, content.length - secondRow - 3);
        return new DemoFile(path, broken, units, rows, otherNote);
    }

    private int indexAfterLineBreaks(int count) {
        int seen = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && ++seen == count) {
                return i + 1;
            }
        }
        throw new IllegalStateException(path + " 行数不足");
    }
}
