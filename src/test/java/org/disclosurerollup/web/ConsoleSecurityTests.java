package org.disclosurerollup.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may enter: login for every page and file, wrong passwords, the lock after repeated failures, CSRF, headers. */
class ConsoleSecurityTests extends ConsoleTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/years/2024", "/years/2024/progress", "/years/2024/results/totals.csv",
        "/years/2024/templates/a.xlsx", "/console.js"})
    void everyPageAndFileNeedsLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsInChineseAndSaysAboutTheLock() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("同一账号连续输错 5 次将锁定 1 分钟")));
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        mvc.perform(formLogin("/login").user(USER).password(PASSWORD))
                .andExpect(authenticated().withUsername(USER)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordOrAnUnknownAccountDoesNot() throws Exception {
        mvc.perform(formLogin("/login").user(USER).password("wrong password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("李四").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = "王五";
        org.disclosurerollup.account.AccountFile.inDataFolder(DATA).put(name, PASSWORD.toCharArray());
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(name).password("wrong 5")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user(name).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("这个账号连续输错 5 次，已暂时锁定：请 1 分钟后再试。")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("网络地址"))));
        mvc.perform(get("/login").param("addressLocked", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("从这个网络地址登录失败的次数过多，已暂时停止接受登录：请最多 10 分钟后再试。")));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/years/2024/run").with(user(USER))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", USER).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/years/2024/run").with(user(USER)).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/").with(user(USER))).andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'self'")));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        String before = session.getId();
        var result = mvc.perform(formLogin("/login").user(USER).password(PASSWORD)).andReturn();
        String after = result.getRequest().getSession().getId();
        org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(before);
    }
}
