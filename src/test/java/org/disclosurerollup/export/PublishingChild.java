package org.disclosurerollup.export;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process publishing a year folder, for {@link OutputPublisherTest}: publishes {@code totals.csv} with the
 * given content into the year folder, creating the signal file once it is writing and taking a while over it.
 * Arguments: year folder, content, signal file.
 */
public final class PublishingChild {

    private PublishingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path year = Path.of(args[0]);
        Path signal = Path.of(args[2]);
        OutputPublisher.publish(year, folder -> {
            Files.writeString(signal, "writing");
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.writeString(folder.resolve("totals.csv"), args[1]);
        });
    }
}
