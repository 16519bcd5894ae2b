package org.disclosurerollup.export;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook that spends little processor time on compression: its sheets wait in plain temporary files
 * (compressing them would deflate every cell twice and inflate it once), and the workbook's zip is deflated at the
 * fastest level. A province's per-unit sheet holds millions of cells; the file is a little larger, written in a
 * fraction of the time.
 */
final class FastDeflatingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they go to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    FastDeflatingWorkbook() {
        super(ROWS_IN_MEMORY);
        setCompressTempFiles(false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
