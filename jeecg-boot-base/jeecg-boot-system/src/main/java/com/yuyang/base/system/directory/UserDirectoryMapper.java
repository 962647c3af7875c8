package com.yuyang.base.system.directory;

import com.yuyang.base.system.api.UserDirectory.UserRef;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/** Read-only queries behind {@link SqlUserDirectory}; every value bound, lists expanded by foreach. */
@Mapper
public interface UserDirectoryMapper {

    String ACTIVE = " u.tenant_id = #{tenantId} AND u.del_flag = 0 AND u.status = 'ACTIVE' ";

    @Select("<script>SELECT u.id FROM sys_user u WHERE" + ACTIVE
            + "AND u.id IN <foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> activeUsers(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> ids);

    @Select("<script>SELECT DISTINCT u.id FROM sys_user u JOIN sys_user_role ur ON ur.user_id = u.id"
            + " JOIN sys_role r ON r.id = ur.role_id AND r.del_flag = 0 AND r.tenant_id = #{tenantId}"
            + " WHERE" + ACTIVE + "AND r.code IN "
            + "<foreach collection='codes' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> usersWithRoles(@Param("tenantId") long tenantId, @Param("codes") Collection<String> codes);

    /** The grids themselves and their sub-grids, by the materialised path of each named grid. */
    @Select("<script>SELECT DISTINCT u.id FROM sys_user u JOIN sys_user_grid ug ON ug.user_id = u.id"
            + " JOIN sys_grid g ON g.id = ug.grid_id AND g.del_flag = 0"
            + " JOIN sys_grid top ON top.del_flag = 0 AND g.path LIKE CONCAT(top.path, '%')"
            + " WHERE" + ACTIVE + "AND top.id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> usersInGrids(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> gridIds);

    @Select("<script>SELECT DISTINCT u.id FROM sys_user u"
            + " JOIN sys_dept d ON d.id = u.dept_id AND d.del_flag = 0"
            + " JOIN sys_dept top ON top.del_flag = 0 AND d.path LIKE CONCAT(top.path, '%')"
            + " WHERE" + ACTIVE + "AND top.id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> usersInDepts(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> deptIds);

    @Select("<script>SELECT code FROM sys_role WHERE tenant_id = #{tenantId} AND del_flag = 0 AND code IN "
            + "<foreach collection='codes' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<String> existingRoleCodes(@Param("tenantId") long tenantId, @Param("codes") Collection<String> codes);

    @Select("<script>SELECT id FROM sys_grid WHERE tenant_id = #{tenantId} AND del_flag = 0 AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> existingGridIds(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> ids);

    @Select("<script>SELECT id FROM sys_dept WHERE tenant_id = #{tenantId} AND del_flag = 0 AND id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<Long> existingDeptIds(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> ids);

    @Select("<script>SELECT id, username, real_name, dept_id FROM sys_user WHERE id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<UserRef> users(@Param("ids") Collection<Long> ids);
}
