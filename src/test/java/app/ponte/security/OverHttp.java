package app.ponte.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests as a browser sends them, through Spring Security and the session lifetime filter in the
 * order the running app registers them.
 */
public final class OverHttp {

    private OverHttp() {
    }

    public static MockMvc mvc(WebApplicationContext context) {
        Filter lifetime = context.getBean("sessionLifetimeFilter", FilterRegistrationBean.class).getFilter();
        return MockMvcBuilders.webAppContextSetup(context).addFilters(lifetime).apply(springSecurity()).build();
    }

    /** The POST the login form sends, from the given client address. */
    public static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** Signs in (which must succeed) and returns the signed-in session. */
    public static MockHttpSession signIn(MockMvc mvc, String email, String password, String address)
            throws Exception {
        return (MockHttpSession) mvc.perform(login(email, password, address)).andExpect(authenticated())
                .andReturn().getRequest().getSession(false);
    }
}
