package org.disclosurerollup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.disclosurerollup.RollupProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.support.RequestContextUtils;

/** An upload over the request limit (all its files together): back to the year page with the limits, nothing stored. */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadLimitAdvice {

    private final long maxFileSize;
    private final long maxRequestSize;

    UploadLimitAdvice(RollupProperties properties,
                      @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.maxRequestSize = maxRequestSize.toBytes();
    }

    /** For an upload over the request size limit: the page's one line. */
    String message() {
        return "本次上传的文件合计超过 " + UploadBatch.size(maxRequestSize) + "，都没有保存：请分几次上传（每个文件最大 "
                + UploadBatch.size(maxFileSize) + "）";
    }

    /** Multipart limits met inside the dispatcher (most are met earlier, see {@link UploadLimitFilter}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("uploadErrors", List.of(message()));
        return "redirect:" + UploadLimitFilter.pageAfter(request.getServletPath());
    }
}
