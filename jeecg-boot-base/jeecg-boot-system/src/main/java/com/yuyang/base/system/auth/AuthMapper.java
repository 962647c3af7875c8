package com.yuyang.base.system.auth;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The few statements authentication needs beyond plain CRUD: role/permission codes of a user and the
 * conditional (race-free) updates of the failure counter and lock.
 */
@Mapper
public interface AuthMapper {

    @Select("SELECT r.code FROM sys_role r JOIN sys_user_role ur ON ur.role_id = r.id "
            + "WHERE ur.user_id = #{userId} AND r.del_flag = 0")
    List<String> roleCodes(@Param("userId") long userId);

    @Select("SELECT DISTINCT p.code FROM sys_permission p "
            + "JOIN sys_role_permission rp ON rp.permission_id = p.id "
            + "JOIN sys_user_role ur ON ur.role_id = rp.role_id "
            + "JOIN sys_role r ON r.id = ur.role_id AND r.del_flag = 0 "
            + "WHERE ur.user_id = #{userId} AND p.code IS NOT NULL AND p.del_flag = 0")
    List<String> permissionCodes(@Param("userId") long userId);

    @Select("SELECT code FROM sys_permission WHERE code IS NOT NULL AND del_flag = 0")
    List<String> allPermissionCodes();

    /**
     * One more failure; sets the lock in the same statement when the threshold is reached. The lock
     * column is assigned first so that MySQL (left-to-right) and H2 (old values) agree.
     */
    @Update("UPDATE sys_user SET lock_until = CASE WHEN failed_count + 1 >= #{lockAfter} THEN #{lockUntil} ELSE lock_until END, "
            + "failed_count = failed_count + 1 WHERE id = #{id} AND del_flag = 0")
    int recordFailure(@Param("id") long id, @Param("lockAfter") int lockAfter, @Param("lockUntil") LocalDateTime lockUntil);

    @Update("UPDATE sys_user SET failed_count = 0, lock_until = NULL, last_login_at = #{now}, last_login_ip = #{ip} "
            + "WHERE id = #{id}")
    int recordSuccess(@Param("id") long id, @Param("now") LocalDateTime now, @Param("ip") String ip);

    /** Ends a lock whose time is over (only if it is still that lock), so counting starts afresh. */
    @Update("UPDATE sys_user SET failed_count = 0, lock_until = NULL "
            + "WHERE id = #{id} AND lock_until IS NOT NULL AND lock_until <= #{now}")
    int clearExpiredLock(@Param("id") long id, @Param("now") LocalDateTime now);

    @Update("UPDATE sys_user SET failed_count = 0, lock_until = NULL, version = version + 1, "
            + "update_by = #{by}, update_time = #{now} WHERE id = #{id} AND del_flag = 0")
    int unlock(@Param("id") long id, @Param("by") String by, @Param("now") LocalDateTime now);

    @Update("UPDATE sys_user SET password_hash = #{hash}, password_changed_at = #{now}, failed_count = 0, lock_until = NULL, "
            + "version = version + 1, update_by = #{by}, update_time = #{now} WHERE id = #{id} AND del_flag = 0")
    int updatePassword(@Param("id") long id, @Param("hash") String hash, @Param("by") String by,
                       @Param("now") LocalDateTime now);
}
