package ${pkg};

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** Table ${table}; generated from form-schemas/${code}.json. */
@Mapper
public interface ${entity}Mapper extends BaseMapper<${entity}> {
}
