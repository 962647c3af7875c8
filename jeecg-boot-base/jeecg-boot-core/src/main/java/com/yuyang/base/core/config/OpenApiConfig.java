package com.yuyang.base.core.config;

import com.github.xiaoymin.knife4j.spring.configuration.Knife4jProperties;
import com.github.xiaoymin.knife4j.spring.extension.Knife4jOpenApiCustomizer;
import com.github.xiaoymin.knife4j.spring.extension.OpenApiExtensionResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * API documentation: springdoc 2.8.17 + Knife4j 4.5.0 at /doc.html, one group for /api/**, and the
 * token header on every operation. Knife4j's own customizer calls a springdoc method that changed in 2.8,
 * so we provide ours (the same settings extension, without the tag-order scan).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    public static final String TOKEN_HEADER = "X-Access-Token";

    @Bean
    public OpenAPI platformOpenApi() {
        return new OpenAPI().info(new Info().title("榆阳智慧交通平台 API").version("1.0")
                .description("统一响应格式 {success, code, message, result, timestamp}；登录后在请求头 X-Access-Token 中携带令牌。"));
    }

    @Bean
    public GroupedOpenApi platformApiGroup() {
        return GroupedOpenApi.builder().group("platform").displayName("平台接口").pathsToMatch("/api/**").build();
    }

    @Bean
    public GlobalOperationCustomizer tokenHeaderCustomizer() {
        return (operation, handlerMethod) -> {
            boolean present = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> TOKEN_HEADER.equalsIgnoreCase(p.getName()));
            if (!present) {
                operation.addParametersItem(new Parameter().in("header").name(TOKEN_HEADER).required(false)
                        .description("登录令牌").schema(new StringSchema()));
            }
            return operation;
        };
    }

    @Bean
    public Knife4jOpenApiCustomizer knife4jOpenApiCustomizer(Knife4jProperties knife4j, SpringDocConfigProperties springdoc) {
        return new PlatformKnife4jCustomizer(knife4j, springdoc);
    }

    /** Knife4j's settings extension only; skips addOrderExtension() (incompatible with springdoc 2.8). */
    static final class PlatformKnife4jCustomizer extends Knife4jOpenApiCustomizer {

        private final Knife4jProperties knife4j;

        PlatformKnife4jCustomizer(Knife4jProperties knife4j, SpringDocConfigProperties springdoc) {
            super(knife4j, springdoc);
            this.knife4j = knife4j;
        }

        @Override
        public void customise(OpenAPI openApi) {
            if (knife4j.isEnable()) {
                OpenApiExtensionResolver resolver = new OpenApiExtensionResolver(knife4j.getSetting(), knife4j.getDocuments());
                resolver.start();
                Map<String, Object> ext = new HashMap<>();
                ext.put("x-setting", knife4j.getSetting());
                ext.put("x-markdownFiles", resolver.getMarkdownFiles());
                openApi.addExtension("x-openapi", ext);
            }
        }
    }
}
