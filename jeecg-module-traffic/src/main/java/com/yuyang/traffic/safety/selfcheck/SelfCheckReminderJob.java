package com.yuyang.traffic.safety.selfcheck;

import com.yuyang.base.core.job.PlatformJob;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * A8/E3 "自检未完成" reminder: from {@code safety.self-check.remind-days} before the end of the period, every
 * bound enterprise whose self-check of the period is not submitted is reminded — once per period (the
 * message's dedupe key), however often the job runs.
 */
@Component
public class SelfCheckReminderJob {

    public static final String JOB = "safetySelfCheckDue";

    private final SelfCheckService selfChecks;

    public SelfCheckReminderJob(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    @PlatformJob(name = JOB, cron = "${platform.safety.self-check-remind-cron:0 0 9 * * *}", description = "企业自检未完成提醒")
    public String run() {
        return "未完成本期自检的企业 " + selfChecks.dueReminders(LocalDate.now()).size() + " 家";
    }
}
