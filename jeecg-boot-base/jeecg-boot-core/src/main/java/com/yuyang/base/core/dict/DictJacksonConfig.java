package com.yuyang.base.core.dict;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dictionary translation in every JSON response: a Jackson module (Boot registers Module beans into its
 * ObjectMapper) whose serializer modifier wraps each {@link Dict}-annotated property.
 */
@Configuration(proxyBeanMethods = false)
public class DictJacksonConfig {

    @Bean
    public SimpleModule dictTranslationModule(ObjectProvider<DictTranslator> translator) {
        SimpleModule module = new SimpleModule("dict-translation");
        module.setSerializerModifier(new DictModifier(() -> translator.getIfAvailable(() -> code -> Map.of())));
        return module;
    }

    static final class DictModifier extends BeanSerializerModifier {

        private final java.util.function.Supplier<DictTranslator> translator;

        DictModifier(java.util.function.Supplier<DictTranslator> translator) {
            this.translator = translator;
        }

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc,
                                                         List<BeanPropertyWriter> props) {
            List<BeanPropertyWriter> out = null;
            for (int i = 0; i < props.size(); i++) {
                BeanPropertyWriter w = props.get(i);
                Dict dict = w.getAnnotation(Dict.class);
                if (dict != null) {
                    if (out == null) {
                        out = new ArrayList<>(props);
                    }
                    out.set(i, new DictTextPropertyWriter(w, dict.value(), translator));
                }
            }
            return out == null ? props : out;
        }
    }
}
