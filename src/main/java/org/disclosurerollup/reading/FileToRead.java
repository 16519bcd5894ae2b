package org.disclosurerollup.reading;

import java.nio.file.Path;

/** A file the job wants read, with the id it registered the file under. */
public record FileToRead(int fileId, Path path) {
}
