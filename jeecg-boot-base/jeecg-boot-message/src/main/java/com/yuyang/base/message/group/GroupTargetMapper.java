package com.yuyang.base.message.group;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/** msg_group_target: the members of a group, each a (type, value) pair. */
@Mapper
public interface GroupTargetMapper {

    record Row(long groupId, String targetType, String targetValue) {
    }

    @Select("<script>SELECT t.group_id, t.target_type, t.target_value FROM msg_group_target t"
            + " JOIN msg_group g ON g.id = t.group_id AND g.del_flag = 0 AND g.tenant_id = #{tenantId}"
            + " WHERE t.group_id IN <foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach>"
            + " ORDER BY t.group_id, t.target_type, t.target_value</script>")
    List<Row> targetsOf(@Param("tenantId") long tenantId, @Param("ids") Collection<Long> groupIds);

    @Insert("INSERT INTO msg_group_target (group_id, target_type, target_value) VALUES (#{groupId}, #{type}, #{value})")
    int insert(@Param("groupId") long groupId, @Param("type") String type, @Param("value") String value);

    @Delete("DELETE FROM msg_group_target WHERE group_id = #{groupId}")
    int clear(@Param("groupId") long groupId);
}
