package com.yuyang.base.core.job;

import java.util.concurrent.Callable;

/** A registered job: its name, resolved cron, description and the call that runs it. */
public record JobDefinition(String name, String cron, String description, Callable<String> body) {
}
