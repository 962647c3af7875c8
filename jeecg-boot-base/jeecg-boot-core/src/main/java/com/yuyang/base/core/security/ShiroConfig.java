package com.yuyang.base.core.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.yuyang.base.core.kv.KvStore;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.spring.web.ShiroFilterFactoryBean;
import org.apache.shiro.web.config.ShiroFilterConfiguration;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shiro, stateless: no HTTP session is ever stored or created, no remember-me cookie; every request is
 * authenticated by its token against the server-side session record. One chain for every path: the
 * invalid-request guard, {@code noSessionCreation}, then the token filter, which decides by itself.
 */
@Configuration(proxyBeanMethods = false)
public class ShiroConfig implements WebMvcConfigurer {

    @Bean
    public TokenCodec tokenCodec(SecuritySettings settings,
                                 @org.springframework.beans.factory.annotation.Value("${platform.profile-kind:embedded}") String kind) {
        String secret = settings.getTokenSecret();
        if ("prod".equals(kind) && secret != null && secret.startsWith("dev-only")) {
            throw new IllegalStateException("platform.security.token-secret: the development secret is refused in prod (set TOKEN_SECRET)");
        }
        return new TokenCodec(secret);
    }

    @Bean
    public TokenSessionService tokenSessionService(KvStore kv, TokenCodec codec, SecuritySettings settings) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new TokenSessionService(kv, codec, settings, json, Clock.systemUTC());
    }

    @Bean
    public TokenRealm tokenRealm(TokenSessionService sessions) {
        return new TokenRealm(sessions);
    }

    @Bean
    public DefaultWebSecurityManager securityManager(TokenRealm realm) {
        DefaultWebSecurityManager sm = new DefaultWebSecurityManager(realm);
        DefaultSessionStorageEvaluator noStorage = new DefaultSessionStorageEvaluator();
        noStorage.setSessionStorageEnabled(false);
        DefaultSubjectDAO dao = new DefaultSubjectDAO();
        dao.setSessionStorageEvaluator(noStorage);
        sm.setSubjectDAO(dao);
        DefaultWebSessionManager sessions = new DefaultWebSessionManager();
        sessions.setSessionValidationSchedulerEnabled(false);
        sessions.setSessionIdCookieEnabled(false);
        sessions.setSessionIdUrlRewritingEnabled(false);
        sm.setSessionManager(sessions);
        sm.setRememberMeManager(new NoRememberMeManager());
        return sm;
    }

    @Bean
    public AnonymousHandlerMatcher anonymousHandlerMatcher(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        return new AnonymousHandlerMatcher(mapping);
    }

    @Bean
    public FilterRegistrationBean<AbstractShiroFilter> shiroFilter(SecurityManager securityManager,
                                                                   SecuritySettings settings,
                                                                   AnonymousHandlerMatcher anonymous) throws Exception {
        ShiroFilterFactoryBean factory = new ShiroFilterFactoryBean();
        factory.setSecurityManager(securityManager);
        ShiroFilterConfiguration cfg = new ShiroFilterConfiguration();
        cfg.setStaticSecurityManagerEnabled(true);
        factory.setShiroFilterConfiguration(cfg);
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("invalidRequest", new JsonInvalidRequestFilter());
        filters.put("token", new TokenAuthenticationFilter(settings, anonymous));
        factory.setFilters(filters);
        factory.setGlobalFilters(List.of("invalidRequest"));
        Map<String, String> chain = new LinkedHashMap<>();
        chain.put("/**", "noSessionCreation, token");
        factory.setFilterChainDefinitionMap(chain);

        FilterRegistrationBean<AbstractShiroFilter> reg = new FilterRegistrationBean<>((AbstractShiroFilter) factory.getObject());
        reg.setName("shiroFilter");
        reg.addUrlPatterns("/*");
        reg.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        // after Boot's character-encoding filter, before everything that reads the body or the user
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return reg;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
    }
}
