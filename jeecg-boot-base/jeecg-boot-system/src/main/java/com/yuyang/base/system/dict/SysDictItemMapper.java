package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

@Mapper
public interface SysDictItemMapper extends BaseMapper<SysDictItem> {

    @Delete("DELETE FROM sys_dict_item WHERE id = #{id}")
    int purge(@Param("id") long id);

    @Delete("DELETE FROM sys_dict_item WHERE dict_id = #{dictId}")
    int purgeByDict(@Param("dictId") long dictId);

    /** the active items of an active dictionary, in display order */
    @Select("SELECT i.item_value, i.item_label, i.color, i.sort_no FROM sys_dict_item i JOIN sys_dict d ON d.id = i.dict_id "
            + "WHERE d.code = #{code} AND d.status = 'ACTIVE' AND d.del_flag = 0 AND i.status = 'ACTIVE' AND i.del_flag = 0 "
            + "ORDER BY i.sort_no, i.id")
    List<DictItemView> activeItems(@Param("code") String code);
}
