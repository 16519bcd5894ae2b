package org.disclosurerollup.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("userFailures", LoginThrottle.USER_FAILURES);
        model.addAttribute("lockMinutes", LoginThrottle.USER_LOCK.toMinutes());
        model.addAttribute("addressWindowMinutes", LoginThrottle.ADDRESS_WINDOW.toMinutes());
        return "login";
    }
}
