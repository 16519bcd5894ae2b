package org.disclosurerollup.support;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.transaction.TransactionSystemException;

/**
 * Turns a failure of the machine — the database, a full disk, a folder that may not be written — into the one line a
 * clerk reads: what happened and what to fix. Recognised by error codes (SQLState, H2's error codes), exception types
 * and the space left on the disk; the words of a message only where the system gives nothing else (a full disk is an
 * {@link IOException} like any other).
 */
public final class Faults {

    /**
     * @param configuration true when a setting must change (exit status 2); false when the run can simply be run
     *                      again once the cause is gone (exit status 1)
     */
    public record Fault(String line, boolean configuration) {
    }

    /** Below this, a disk that refused a write is taken as full. */
    static final long NEARLY_FULL = 1024 * 1024;

    /** PostgreSQL's codes for a server shutting down, crashed, or still starting (class 57P). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    /** H2's codes: the database file is open in another process, damaged, of another format; input/output errors. */
    private static final int H2_ALREADY_OPEN = 90020;
    private static final int H2_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION = 90048;
    private static final Set<String> NO_SPACE_WORDS = Set.of("no space left on device", "disk quota exceeded",
            "not enough space", "设备上没有空间", "超出磁盘限额");

    private final DatabaseServer database;
    private final Map<Path, String> folders = new LinkedHashMap<>();
    private final ToLongFunction<Path> usableSpace;

    /** @param dataFolder the data folder (the embedded database and the log file) */
    public Faults(DatabaseServer database, Path dataFolder) {
        this(database, dataFolder, Faults::usableSpace);
    }

    Faults(DatabaseServer database, Path dataFolder, ToLongFunction<Path> usableSpace) {
        this.database = database;
        this.usableSpace = usableSpace;
        folders.put(dataFolder.toAbsolutePath().normalize(), "数据文件夹");
    }

    /** The same, knowing one more folder a run writes (e.g. the output folder) by the name a clerk knows it. */
    public Faults with(String label, Path folder) {
        Faults more = new Faults(database, folders.keySet().iterator().next(), usableSpace);
        more.folders.putAll(folders);
        more.folders.put(folder.toAbsolutePath().normalize(), label);
        return more;
    }

    /** The line for a failure of the database, a disk or a folder; empty for any other failure. */
    public Optional<Fault> of(Throwable failure) {
        List<Throwable> chain = causes(failure);
        Optional<UnknownHostException> unknownHost = chain.stream().filter(UnknownHostException.class::isInstance)
                .map(UnknownHostException.class::cast).findFirst();
        if (unknownHost.isPresent() && database.postgres()) {
            return Optional.of(new Fault("找不到数据库服务器 " + database.host() + "（" + database.address()
                    + "）：请检查 SPRING_DATASOURCE_URL 中的服务器名称或地址", true));
        }
        for (Throwable cause : chain) {
            Optional<Fault> fault = cause instanceof SQLException sql ? ofDatabase(sql) : Optional.empty();
            if (fault.isPresent()) {
                return fault;
            }
        }
        return chain.stream().anyMatch(IOException.class::isInstance) ? ofDisk(chain) : Optional.empty();
    }

    /** Whether the failure is a lost connection to a database server: it may come back, and the run go on. */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure and its causes, and those of the failure a transaction's rollback hid: a rollback that fails on a
     * lost connection ({@link TransactionSystemException}) keeps the failure that made it roll back only aside.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause : Failures.chain(failure)) {
            causes.add(cause);
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                causes.addAll(Failures.chain(rollback.getApplicationException()));
            }
        }
        return causes;
    }

    private Optional<Fault> ofDatabase(SQLException failure) {
        if (failure.getClass().getName().startsWith("org.h2.")) {
            return ofH2(failure);
        }
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String server = "数据库 " + database.address();
        if (connectionLost(failure)) {
            return Optional.of(new Fault("无法连接" + server + "（" + unreachable(state) + "）：请确认数据库服务器已启动、网络畅通"
                    + (database.portGiven() ? "、地址和端口正确" : "，并且它使用默认端口 5432（SPRING_DATASOURCE_URL 中没有写端口）")
                    + "；恢复后重新运行同一命令即从中断处继续", false));
        }
        return switch (state) {
            case "28P01", "28000" -> Optional.of(new Fault(server + " 拒绝了用户 " + database.user()
                    + " 的登录（用户名或密码不对，或服务器不允许从本机登录）：请检查 SPRING_DATASOURCE_USERNAME 和 SPRING_DATASOURCE_PASSWORD", true));
            case "3D000" -> Optional.of(new Fault("数据库服务器 " + database.host() + ":" + database.port() + " 上没有数据库 "
                    + database.database() + "：请先建立它（如 createdb -O " + database.user() + " " + database.database()
                    + "），或改正 SPRING_DATASOURCE_URL", true));
            case "42501" -> Optional.of(new Fault("数据库用户 " + database.user() + " 在" + server
                    + " 上没有所需的权限（建表、写入）：请数据库管理员授予该用户这个数据库的全部权限，或换一个用户", true));
            case "25006" -> Optional.of(new Fault(server + " 只能读不能写（可能连到了备用服务器）：请在 SPRING_DATASOURCE_URL 中改用主服务器",
                    true));
            case "53100" -> Optional.of(new Fault("数据库服务器 " + database.address() + " 的磁盘已满：请数据库管理员腾出空间，"
                    + "之后重新运行同一命令即从中断处继续", false));
            case "53300" -> Optional.of(new Fault("数据库服务器 " + database.address() + " 的连接数已满：请稍后重新运行，"
                    + "或请数据库管理员调大 max_connections", false));
            default -> Optional.empty();
        };
    }

    private static String unreachable(String state) {
        return switch (state) {
            case "57P01" -> "服务器正在关闭或重启";
            case "57P02" -> "服务器异常重启";
            case "57P03" -> "服务器正在启动";
            case "08001", "08004" -> "连接被拒绝或超时";
            default -> "连接中断";
        };
    }

    private Optional<Fault> ofH2(SQLException failure) {
        Path data = folders.keySet().iterator().next();
        return switch (failure.getErrorCode()) {
            case H2_ALREADY_OPEN -> Optional.of(new Fault("数据文件夹 " + data
                    + " 正被另一个汇总程序使用（另一个 run，或正在运行的网页控制台 serve）：请等它运行结束后再试；"
                    + "控制台开着时请在控制台中点“立即汇总”，或先停止 serve", false));
            case H2_CORRUPTED -> Optional.of(corrupted(data, failure));
            case H2_FILE_VERSION -> Optional.of(new Fault("数据文件夹 " + data
                    + " 中的数据库文件是较新版本的程序写的，本程序读不了：请使用写它的（或更新的）版本的程序", true));
            default -> Optional.empty();
        };
    }

    private static Fault corrupted(Path data, Throwable failure) {
        return new Fault("数据文件夹 " + data + " 中的数据库文件已损坏（" + Failures.messageFor(failure).lines().findFirst()
                .orElse("") + "）：请从备份恢复该文件夹；没有备份时，把它改名保存（供查问题），再运行一次，会建新的数据库、重新汇总",
                false);
    }

    private Optional<Fault> ofDisk(List<Throwable> chain) {
        Optional<AccessDeniedException> denied = chain.stream().filter(AccessDeniedException.class::isInstance)
                .map(AccessDeniedException.class::cast).findFirst();
        if (denied.isPresent()) {
            Path file = Path.of(denied.get().getFile()).toAbsolutePath().normalize();
            Map.Entry<Path, String> folder = folderOf(file);
            return Optional.of(new Fault("没有写入" + folder.getValue() + " " + folder.getKey() + " 的权限（" + file
                    + "）：请让运行本程序的账号可以读写该文件夹，或指定另一个文件夹", true));
        }
        for (Map.Entry<Path, String> folder : folders.entrySet()) {
            long free = usableSpace.applyAsLong(folder.getKey());
            if (free >= 0 && free < NEARLY_FULL) {
                return Optional.of(diskFull(folder, free));
            }
        }
        for (Throwable cause : chain) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (NO_SPACE_WORDS.stream().anyMatch(message::contains)) {
                Map.Entry<Path, String> folder = cause instanceof FileSystemException fs && fs.getFile() != null
                        ? folderOf(Path.of(fs.getFile()).toAbsolutePath().normalize())
                        : folders.entrySet().iterator().next();
                return Optional.of(diskFull(folder, usableSpace.applyAsLong(folder.getKey())));
            }
        }
        if (chain.stream().anyMatch(EOFException.class::isInstance)
                && chain.stream().anyMatch(cause -> cause.getClass().getName().startsWith("org.h2."))) {
            return Optional.of(corrupted(folders.keySet().iterator().next(),
                    chain.stream().filter(EOFException.class::isInstance).findFirst().orElseThrow()));
        }
        return Optional.empty();
    }

    /** Whether a failed write into the folder came from its disk being full. */
    public static boolean diskFull(Throwable failure, Path folder) {
        long free = usableSpace(folder);
        return free >= 0 && free < NEARLY_FULL || failure != null && Failures.chain(failure).stream()
                .map(cause -> String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT))
                .anyMatch(message -> NO_SPACE_WORDS.stream().anyMatch(message::contains));
    }

    private static Fault diskFull(Map.Entry<Path, String> folder, long free) {
        return new Fault(folder.getValue() + " " + folder.getKey() + " 所在的磁盘已满" + (free >= 0 ? "（剩余 "
                + Math.max(0, free / 1024) + " KB）" : "") + "：请腾出空间后重新运行同一命令，会从中断处继续", false);
    }

    /** The known folder holding the file, else the file's own folder (named as such). */
    private Map.Entry<Path, String> folderOf(Path file) {
        List<Map.Entry<Path, String>> holding = new ArrayList<>();
        for (Map.Entry<Path, String> folder : folders.entrySet()) {
            if (file.startsWith(folder.getKey())) {
                holding.add(folder);
            }
        }
        return holding.isEmpty() ? Map.entry(file.getParent() == null ? file : file.getParent(), "文件夹")
                : holding.get(holding.size() - 1);
    }

    /** The space left for this process on the folder's disk (the nearest existing folder above it); -1 unknown. */
    static long usableSpace(Path folder) {
        for (Path existing = folder; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                try {
                    return Files.getFileStore(existing).getUsableSpace();
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
