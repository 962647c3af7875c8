package com.yuyang.base.core.job;

import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.handler.IJobHandler;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** P7: in xxl mode every platform job is an xxl-job handler of the same name that runs through the JobRunner. */
class XxlJobHandlersTest {

    @Test
    void everyPlatformJobIsRegisteredAsAnXxlJobHandlerThatRunsThroughTheRunner() throws Exception {
        JobRegistry registry = new JobRegistry(new MockEnvironment().withProperty("my.cron", "0 15 1 * * *"));
        registry.register(new JobDefinition("xxlProbeJob", "0 0 1 * * *", "探针", () -> "ok"));
        JobRunner runner = mock(JobRunner.class);
        LocalDateTime now = LocalDateTime.now();
        when(runner.run("xxlProbeJob", "XXL")).thenReturn(
                new JobRunResult("xxlProbeJob", JobRunResult.Status.SUCCESS, now, now, "ok"));

        XxlJobConfig.XxlJobHandlers.registerAll(registry, runner);

        IJobHandler handler = XxlJobExecutor.loadJobHandler("xxlProbeJob");
        assertThat(handler).isNotNull();
        handler.execute();
        verify(runner).run("xxlProbeJob", "XXL");
    }

    @Test
    void annotatedMethodsAreCollectedWithResolvedCronAndBadCronsStopStartUp() {
        JobRegistry registry = new JobRegistry(new MockEnvironment().withProperty("my.cron", "0 15 1 * * *"));
        Object bean = new Object() {
            @PlatformJob(name = "annotatedJob", cron = "${my.cron}", description = "注解任务")
            public String work() {
                return "done";
            }
        };
        registry.postProcessAfterInitialization(bean, "bean");
        assertThat(registry.find("annotatedJob")).hasValueSatisfying(d -> {
            assertThat(d.cron()).isEqualTo("0 15 1 * * *");
            assertThat(d.description()).isEqualTo("注解任务");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                registry.register(new JobDefinition("badCron", "every night", "", () -> null)))
                .hasMessageContaining("Invalid cron");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                registry.register(new JobDefinition("annotatedJob", "0 0 1 * * *", "", () -> null)))
                .hasMessageContaining("Duplicate job name");
    }
}
