package com.yuyang.base.system.auth;

import java.util.List;

/** One menu or page of the navigation tree sent to the UI; buttons travel as permission codes instead. */
public record MenuNode(long id, long parentId, String type, String code, String name, String path,
                       String component, String icon, int sortNo, boolean hidden, List<MenuNode> children) {
}
