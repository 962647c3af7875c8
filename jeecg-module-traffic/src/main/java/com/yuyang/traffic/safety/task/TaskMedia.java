package com.yuyang.traffic.safety.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pictures, audio and video of a task and of its completion reports: stored as a JSON array of file ids,
 * shown as {id, name, contentType}. Only files the writer uploaded can be attached (checked on write), so reading
 * a file through its task never exposes a file of someone else.
 */
@Component
class TaskMedia {

    private final ObjectMapper json;
    private final FileService files;

    TaskMedia(ObjectMapper json, FileService files) {
        this.json = json;
        this.files = files;
    }

    String store(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Long> ids(Object stored) {
        if (stored == null || String.valueOf(stored).isBlank()) {
            return List.of();
        }
        try {
            return List.of(json.readValue(String.valueOf(stored), Long[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("任务附件数据损坏", e);
        }
    }

    List<Map<String, Object>> describe(Object stored) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Long id : ids(stored)) {
            StoredFile f = files.find(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("name", f == null ? null : f.getOriginalName());
            m.put("contentType", f == null ? null : f.getContentType());
            out.add(m);
        }
        return out;
    }
}
