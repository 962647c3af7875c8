package com.yuyang.base.system.permission;

/** Published when a permission changed or was deleted, so that grants and unit ceilings follow. */
public record PermissionChangedEvent(long permissionId, boolean deleted) {
}
