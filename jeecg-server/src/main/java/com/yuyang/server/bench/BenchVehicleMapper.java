package com.yuyang.server.bench;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.springframework.context.annotation.Profile;

/** BENCHMARK ONLY: see {@link BenchVehicle}. Registered only under the {@code bench} profile. */
@Mapper
@Profile("bench")
public interface BenchVehicleMapper extends BaseMapper<BenchVehicle> {
}
