package org.disclosurerollup.reading;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's defences against hostile {@code .xlsx} files, tightened for files sent in by others and never switched off.
 * The one place they are set: {@link ExcelBooks} applies them before it opens any workbook.
 */
final class ExcelLimits {

    /**
     * A ZIP entry may expand at most 50 times (POI: 100). A long-layout sheet of 200,000 rows, as repetitive as sheets
     * get, compresses about 10 times.
     */
    static final double MIN_INFLATE_RATIO = 0.02;
    /** No part of a workbook may expand beyond 1 GiB (POI: 4 GiB); a 50 MB file's sheets stay far below. */
    static final long MAX_ENTRY_SIZE = 1L << 30;
    /** Parts in one workbook (POI: 1,000); a workbook has a dozen plus a few per sheet. */
    static final long MAX_FILE_COUNT = 500;
    /** Text POI's extractors may produce (POI: 10 M characters). */
    static final long MAX_TEXT_SIZE = 5_000_000;

    private ExcelLimits() {
    }

    static synchronized void apply() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_SIZE));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_FILE_COUNT));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_TEXT_SIZE));
    }
}
