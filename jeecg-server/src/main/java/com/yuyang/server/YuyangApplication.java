package com.yuyang.server;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform in one process: base framework + traffic modules, API under /api, UI at /. */
@SpringBootApplication(scanBasePackages = "com.yuyang")
@MapperScan(basePackages = "com.yuyang", annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class YuyangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YuyangApplication.class, args);
    }
}
