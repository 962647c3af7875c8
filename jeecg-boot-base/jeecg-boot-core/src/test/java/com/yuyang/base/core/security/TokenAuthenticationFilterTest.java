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
}
