package org.disclosurerollup.reading;

import java.io.IOException;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the rows of the given files, file after file, row after row. Restartable: besides the item count it saves
 * which file it was in and how many items came before that file, so a restart opens that file directly and skips
 * only the rows already read in it. A file that no longer inspects as readable (changed after it was registered)
 * fails the step: its rows must not silently disappear.
 */
public class SubmissionRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private static final String FILE_INDEX = "file.index";
    private static final String FILE_ID = "file.id";
    private static final String ITEMS_BEFORE_FILE = "file.itemsBefore";

    private final List<FileToRead> files;
    private final SubmissionFileInspector inspector;

    private int fileIndex;
    private RowSource current;
    private int itemsBeforeCurrent;
    private int itemsInCurrent;
    private Position resumeAt;

    /** Where the saved state says the reader was: in file {@code fileIndex}, after {@code itemsBefore} items. */
    private record Position(int fileIndex, int fileId, int itemsBefore) {
    }

    public SubmissionRowReader(List<FileToRead> files, SubmissionFileInspector inspector) {
        this.files = List.copyOf(files);
        this.inspector = inspector;
        setName("submissionRowReader");
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        resumeAt = savedPosition(context);
        super.open(context);
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        super.update(context);
        if (isSaveState()) {
            context.putInt(getExecutionContextKey(FILE_INDEX), fileIndex);
            context.putInt(getExecutionContextKey(FILE_ID), fileIndex < files.size() ? files.get(fileIndex).fileId() : -1);
            context.putInt(getExecutionContextKey(ITEMS_BEFORE_FILE), itemsBeforeCurrent);
        }
    }

    @Override
    protected void doOpen() {
        fileIndex = 0;
        current = null;
        itemsBeforeCurrent = 0;
        itemsInCurrent = 0;
    }

    @Override
    protected SourceRow doRead() throws IOException {
        while (fileIndex < files.size()) {
            if (current == null) {
                openCurrentFile();
            }
            RawRow row = current.next();
            if (row != null) {
                itemsInCurrent++;
                return new SourceRow(files.get(fileIndex).fileId(), itemsInCurrent, row);
            }
            closeCurrent();
            itemsBeforeCurrent += itemsInCurrent;
            itemsInCurrent = 0;
            fileIndex++;
        }
        return null;
    }

    /** Skips the files finished before the saved position unread, then the rows already read in the current one. */
    @Override
    protected void jumpToItem(int itemCount) throws Exception {
        Position saved = resumeAt;
        resumeAt = null;
        if (saved == null || saved.itemsBefore() > itemCount) {
            super.jumpToItem(itemCount);
            return;
        }
        fileIndex = saved.fileIndex();
        itemsBeforeCurrent = saved.itemsBefore();
        for (int i = saved.itemsBefore(); i < itemCount; i++) {
            if (doRead() == null) {
                break;
            }
        }
    }

    @Override
    protected void doClose() throws IOException {
        closeCurrent();
    }

    private void openCurrentFile() throws IOException {
        FileToRead file = files.get(fileIndex);
        if (!(inspector.inspect(file.path()) instanceof FileInspection.Readable how)) {
            throw new IOException("文件 " + file.path().getFileName() + " 在登记后被修改或删除，已无法读取："
                    + "请待文件放齐后重新运行");
        }
        current = RowSources.open(file.path(), how);
        itemsInCurrent = 0;
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            RowSource closing = current;
            current = null;
            closing.close();
        }
    }

    private Position savedPosition(ExecutionContext context) {
        String indexKey = getExecutionContextKey(FILE_INDEX);
        if (!isSaveState() || !context.containsKey(indexKey)) {
            return null;
        }
        int index = context.getInt(indexKey);
        int fileId = context.getInt(getExecutionContextKey(FILE_ID));
        boolean sameFile = index < files.size() ? files.get(index).fileId() == fileId : index == files.size() && fileId == -1;
        return sameFile ? new Position(index, fileId, context.getInt(getExecutionContextKey(ITEMS_BEFORE_FILE))) : null;
    }
}
