package com.yuyang.base.core.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * Ids are snowflake longs (ASSIGN_ID, ~2^60) but a browser parses JSON numbers as doubles, exact only up to
 * 2^53: a dictionary id 2125049883878092802 came back to the server as ...800 ("字典不存在"). Longs outside
 * the JavaScript-safe range are therefore written as JSON strings; small values (counts, totals, demo ids)
 * stay numbers. Requests may send either form: Jackson coerces a numeric string into a Long.
 */
@Configuration(proxyBeanMethods = false)
public class SafeLongJacksonConfig {

    /** Number.MAX_SAFE_INTEGER of JavaScript. */
    static final long JS_SAFE = (1L << 53) - 1;

    @Bean
    public SimpleModule safeLongModule() {
        SimpleModule module = new SimpleModule("safe-long");
        module.addSerializer(Long.class, new SafeLongSerializer());
        module.addSerializer(Long.TYPE, new SafeLongSerializer());
        return module;
    }

    static final class SafeLongSerializer extends StdSerializer<Long> {
        SafeLongSerializer() {
            super(Long.class);
        }

        @Override
        public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value > JS_SAFE || value < -JS_SAFE) {
                gen.writeString(value.toString());
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
