package com.yuyang.base.core.dict;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the property as usual, then {@code <name>_dictText}. The labels of a dictionary are fetched once
 * per serialisation call (memoised in Jackson's per-call attributes), so a list of 1,000 rows costs one
 * cache lookup per dictionary, not one per row.
 */
class DictTextPropertyWriter extends BeanPropertyWriter {

    private static final Object MEMO_KEY = DictTextPropertyWriter.class;

    private final String dictCode;
    private final String textName;
    private final transient Supplier<DictTranslator> translator;

    DictTextPropertyWriter(BeanPropertyWriter base, String dictCode, Supplier<DictTranslator> translator) {
        super(base);
        this.dictCode = dictCode;
        this.textName = base.getName() + "_dictText";
        this.translator = translator;
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
        super.serializeAsField(bean, gen, prov);
        Object value = get(bean);
        String label = value == null ? null : labels(prov).get(String.valueOf(value));
        gen.writeStringField(textName, label);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> labels(SerializerProvider prov) {
        Map<String, Map<String, String>> memo = (Map<String, Map<String, String>>) prov.getAttribute(MEMO_KEY);
        if (memo == null) {
            memo = new HashMap<>();
            prov.setAttribute(MEMO_KEY, memo);
        }
        return memo.computeIfAbsent(dictCode, code -> translator.get().labels(code));
    }
}
