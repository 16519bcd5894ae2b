package org.disclosurerollup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosurerollup.support.DatabaseServer;
import org.disclosurerollup.support.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that needs the database while its server is away (a restart, a network cut): a page saying so, which
 * reloads itself until the server is back, instead of an error page. The pool's connections come back by themselves.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class DatabaseDownAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownAdvice.class);

    private final DatabaseServer database;

    DatabaseDownAdvice(DatabaseServer database) {
        this.database = database;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String databaseDown(RuntimeException failure, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        if (!Faults.connectionLost(failure)) {
            throw failure;
        }
        log.warn("数据库 {} 暂时无法连接：{}", database.address(), failure.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        model.addAttribute("database", database.address());
        model.addAttribute("retry", request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "database-down";
    }
}
