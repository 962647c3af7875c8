package com.yuyang.base.core.job;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects every job of the application: {@link PlatformJob} methods and {@link JobHandler} beans.
 * A duplicate name or an invalid cron stops start-up, so a typo never silently disables a job.
 */
@Component
public class JobRegistry implements BeanPostProcessor {

    private final Map<String, JobDefinition> jobs = new ConcurrentHashMap<>();
    private final Environment env;

    public JobRegistry(Environment env) {
        this.env = env;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof JobHandler h) {
            register(new JobDefinition(h.name(), resolveCron(h.cron(), h.name()), h.description(), h::execute));
        }
        Class<?> type = AopUtils.getTargetClass(bean);
        Map<Method, PlatformJob> methods = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<PlatformJob>) m -> AnnotatedElementUtils.findMergedAnnotation(m, PlatformJob.class));
        methods.forEach((method, job) -> {
            if (method.getParameterCount() != 0) {
                throw new IllegalStateException("@PlatformJob method must take no arguments: " + method);
            }
            Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            ReflectionUtils.makeAccessible(invocable);
            register(new JobDefinition(job.name(), resolveCron(job.cron(), job.name()), job.description(), () -> {
                Object r = ReflectionUtils.invokeMethod(invocable, bean);
                return r == null ? null : String.valueOf(r);
            }));
        });
        return bean;
    }

    public void register(JobDefinition def) {
        if (!CronExpression.isValidExpression(def.cron())) {
            throw new IllegalStateException("Invalid cron '" + def.cron() + "' for job " + def.name());
        }
        if (jobs.putIfAbsent(def.name(), def) != null) {
            throw new IllegalStateException("Duplicate job name: " + def.name());
        }
    }

    public Optional<JobDefinition> find(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    public Collection<JobDefinition> all() {
        return Collections.unmodifiableCollection(new TreeMap<>(jobs).values());
    }

    private String resolveCron(String cron, String name) {
        try {
            return env.resolveRequiredPlaceholders(cron).trim();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot resolve cron of job " + name + ": " + e.getMessage(), e);
        }
    }
}
