package com.yuyang.base.core.config;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.InnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One interceptor chain. Data-scope/tenant interceptors are contributed as {@link InnerInterceptor} beans
 * and run before pagination so that the count query is filtered too.
 */
@Configuration(proxyBeanMethods = false)
public class MybatisPlusConfig {

    @Bean
    public MybatisPlusInterceptor mybatisPlusInterceptor(ObjectProvider<InnerInterceptor> scoped) {
        MybatisPlusInterceptor chain = new MybatisPlusInterceptor();
        scoped.orderedStream().forEach(chain::addInnerInterceptor);
        PaginationInnerInterceptor page = new PaginationInnerInterceptor(DbType.MYSQL);
        page.setMaxLimit(1000L);
        chain.addInnerInterceptor(page);
        chain.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
        return chain;
    }
}
