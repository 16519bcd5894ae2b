package org.disclosurerollup.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of a year's results and blank templates, from the output folder only. */
@Controller
@ConditionalOnWebApplication
class DownloadController {

    private final OutputFiles files;

    DownloadController(OutputFiles files) {
        this.files = files;
    }

    @GetMapping("/years/{year:\\d{4}}/results/{name}")
    ResponseEntity<Resource> result(@PathVariable int year, @PathVariable String name) {
        return serve(files.resultsFolder(year), name);
    }

    @GetMapping("/years/{year:\\d{4}}/templates/{name}")
    ResponseEntity<Resource> template(@PathVariable int year, @PathVariable String name) {
        return serve(files.templatesFolder(year), name);
    }

    private ResponseEntity<Resource> serve(Path folder, String name) {
        return files.find(folder, name)
                .map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8).build().toString())
                        .contentType(mediaType(name))
                        .<Resource>body(new FileSystemResource(file)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static MediaType mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (lower.endsWith(".docx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (lower.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
