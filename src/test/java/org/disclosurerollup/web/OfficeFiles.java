package org.disclosurerollup.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files that are not workbooks but look like one from outside: a Word document, an old Word file, a plain ZIP. */
final class OfficeFiles {

    private OfficeFiles() {
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("四坝镇 2023 年报");
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** An OLE2 compound file with a {@code WordDocument} stream, as Word 97-2003 writes. */
    static byte[] ole2Word() throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            container.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
