package org.disclosurerollup.upgrade;

/** The database was upgraded by a newer version of the program than this one: a configuration error (exit 2). */
public class DatabaseNewerException extends RuntimeException {

    DatabaseNewerException(String databaseVersion, String programVersion) {
        super("数据库已被较新版本的程序升级（数据库结构版本 " + databaseVersion + "，本程序只认识到版本 " + programVersion
                + "）：请使用升级它的版本（或更新的版本）的程序，不要用旧版本写这个数据库");
    }
}
