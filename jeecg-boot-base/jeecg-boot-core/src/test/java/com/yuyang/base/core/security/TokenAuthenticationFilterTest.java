package com.yuyang.base.core.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** P2: which paths need a token, whatever their spelling (the decision is also checked on a real server). */
class TokenAuthenticationFilterTest {

    final TokenAuthenticationFilter filter = new TokenAuthenticationFilter(new SecuritySettings(), null);

    private boolean needs(String uri, String servletPath) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", uri);
        r.setServletPath(servletPath);
        return filter.needsToken(r);
    }

    @Test
    void p2_apiPathsNeedATokenInAnySpelling() {
        assertThat(needs("/api/sys/user/info", "/api/sys/user/info")).isTrue();
        assertThat(needs("/API/SYS/USER/INFO", "/API/SYS/USER/INFO")).isTrue();
        assertThat(needs("//api/sys/user/info", "/api/sys/user/info")).isTrue();
        assertThat(needs("/%61pi/sys/user/info", "/api/sys/user/info")).isTrue();
        assertThat(needs("/x/..;/api/sys/user/info", "/api/sys/user/info")).isTrue();
        assertThat(needs("/api", "/api")).isTrue();
        assertThat(needs("/jmreport/list", "/jmreport/list")).isTrue();
    }

    @Test
    void p2_uiAssetsAndHealthArePublic() {
        assertThat(needs("/", "/")).isFalse();
        assertThat(needs("/assets/index.js", "/assets/index.js")).isFalse();
        assertThat(needs("/apidocs", "/apidocs")).isFalse();
        assertThat(needs("/actuator/health", "/actuator/health")).isFalse();
        assertThat(needs("/actuator/env", "/actuator/env")).isTrue();
        assertThat(needs("/actuator/health/../env", "/actuator/env")).isTrue();
    }

    @Test
    void p2_publicPrefixCannotBeClimbedOutOf() {
        SecuritySettings settings = new SecuritySettings();
        settings.getPublicPaths().add("/jmreport/desreport_/**");
        TokenAuthenticationFilter f = new TokenAuthenticationFilter(settings, null);
        MockHttpServletRequest asset = new MockHttpServletRequest("GET", "/jmreport/desreport_/js/app.js");
        asset.setServletPath("/jmreport/desreport_/js/app.js");
        assertThat(f.needsToken(asset)).isFalse();
        MockHttpServletRequest climb = new MockHttpServletRequest("GET", "/jmreport/desreport_/../list");
        climb.setServletPath("/jmreport/list");
        assertThat(f.needsToken(climb)).isTrue();
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/jmreport/list");
        page.setServletPath("/jmreport/list");
        assertThat(f.needsToken(page)).isTrue();
    }
}
