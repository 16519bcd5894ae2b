package org.disclosurerollup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt while its name or address is locked, and counts failures and successes. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED_URL = "/login?locked";
    static final String ADDRESS_LOCKED_URL = "/login?addressLocked";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LoginThrottle.Lock> lock = throttle.lockFor(request.getParameter("username"), request.getRemoteAddr());
        if (lock.isPresent()) {
            response.sendRedirect(request.getContextPath() + url(lock.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + throttle.lockFor(request.getParameter("username"),
                    request.getRemoteAddr()).map(LoginThrottleFilter::url).orElse("/login?error"));
        };
    }

    private static String url(LoginThrottle.Lock lock) {
        return lock.what() == LoginThrottle.Locked.ACCOUNT ? LOCKED_URL : ADDRESS_LOCKED_URL;
    }

    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
