package com.yuyang.base.core.job;

import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.executor.impl.XxlJobSpringExecutor;
import com.xxl.job.core.handler.IJobHandler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code platform.job.mode=xxl} (prod): the xxl-job executor, with every platform job registered as a
 * handler of the same name. The schedule is kept in the xxl-job admin; runs still go through
 * {@link JobRunner} (locks and run log). The access token is checked at start-up (prod guards).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.job.mode", havingValue = "xxl")
public class XxlJobConfig {

    @Bean
    public XxlJobSpringExecutor xxlJobExecutor(@Value("${platform.job.xxl.admin-addresses}") String admin,
                                               @Value("${platform.job.xxl.access-token:}") String token,
                                               @Value("${platform.job.xxl.app-name}") String app,
                                               @Value("${platform.job.xxl.address:}") String address,
                                               @Value("${platform.job.xxl.ip:}") String ip,
                                               @Value("${platform.job.xxl.port:9999}") int port,
                                               @Value("${platform.job.xxl.log-path}") String logPath,
                                               @Value("${platform.job.xxl.log-retention-days:30}") int retention) {
        XxlJobSpringExecutor executor = new XxlJobSpringExecutor();
        executor.setAdminAddresses(admin);
        executor.setAccessToken(token);
        executor.setAppname(app);
        executor.setAddress(address);
        executor.setIp(ip);
        executor.setPort(port);
        executor.setLogPath(logPath);
        executor.setLogRetentionDays(retention);
        return executor;
    }

    @Bean
    public SmartInitializingSingleton xxlJobHandlerRegistrar(JobRegistry registry, JobRunner runner) {
        return () -> XxlJobHandlers.registerAll(registry, runner);
    }

    /** Bridges platform jobs to xxl-job handlers; public for the unit test of the registration. */
    public static final class XxlJobHandlers {

        private XxlJobHandlers() {
        }

        public static void registerAll(JobRegistry registry, JobRunner runner) {
            registry.all().forEach(def -> XxlJobExecutor.registryJobHandler(def.name(), new IJobHandler() {
                @Override
                public void execute() {
                    JobRunResult r = runner.run(def.name(), "XXL");
                    switch (r.status()) {
                        case SUCCESS -> XxlJobHelper.handleSuccess(r.message());
                        case SKIPPED -> XxlJobHelper.handleSuccess(r.message());
                        case FAILED -> XxlJobHelper.handleFail(r.message());
                    }
                }
            }));
        }
    }
}
