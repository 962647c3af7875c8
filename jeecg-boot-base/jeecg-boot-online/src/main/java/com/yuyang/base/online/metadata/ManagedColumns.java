package com.yuyang.base.online.metadata;

import java.util.Set;

/** Columns the engine adds to every online table itself; forms cannot declare them. */
public final class ManagedColumns {

    public static final String ID = "id";
    public static final String PARENT_ID = "parent_id";
    public static final String TENANT_ID = "tenant_id";
    public static final String GRID_ID = "grid_id";
    public static final String VERSION = "version";
    public static final String DEL_FLAG = "del_flag";
    public static final String CREATE_BY = "create_by";
    public static final String CREATE_TIME = "create_time";
    public static final String UPDATE_BY = "update_by";
    public static final String UPDATE_TIME = "update_time";

    public static final Set<String> ALL = Set.of(ID, PARENT_ID, TENANT_ID, GRID_ID, VERSION, DEL_FLAG,
            CREATE_BY, CREATE_TIME, UPDATE_BY, UPDATE_TIME);

    private ManagedColumns() {
    }
}
