package com.yuyang.traffic.safety.equipment;

import com.yuyang.base.core.job.PlatformJob;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** A8/E3 "维保超期" warning: one message per overdue maintenance cycle to the enterprise and the grid inspectors. */
@Component
public class MaintenanceOverdueJob {

    public static final String JOB = "safetyMaintenanceOverdue";

    private final EquipmentService equipment;

    public MaintenanceOverdueJob(EquipmentService equipment) {
        this.equipment = equipment;
    }

    @PlatformJob(name = JOB, cron = "${platform.safety.maintenance-overdue-cron:0 0 8 * * *}", description = "特种设备维保超期预警")
    public String run() {
        return "新增维保超期预警 " + equipment.warnOverdue(LocalDate.now()) + " 条";
    }
}
