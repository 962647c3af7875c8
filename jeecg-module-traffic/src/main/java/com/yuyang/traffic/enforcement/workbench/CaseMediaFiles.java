package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.caseflow.api.CaseActionView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The photos and videos of a case for every staff member who may see the case: the file service serves a
 * file only to its uploader, so a file is served here when the case (registration, a trail entry or a
 * verification) references it — never an arbitrary file id.
 */
@Component
class CaseMediaFiles {

    private final CaseQueries queries;
    private final FileService files;

    CaseMediaFiles(CaseQueries queries, FileService files) {
        this.queries = queries;
        this.files = files;
    }

    /** Every file the case references, with name and type, in order of appearance. */
    List<Map<String, Object>> list(CaseView c) {
        return referenced(c).stream().map(files::find).filter(f -> f != null).map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(f.getId()));
            m.put("name", f.getOriginalName());
            m.put("contentType", f.getContentType());
            m.put("size", f.getSizeBytes());
            return m;
        }).toList();
    }

    StoredFile require(CaseView c, long fileId) {
        StoredFile f = referenced(c).contains(fileId) ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("附件不存在或不属于该案件");
        }
        return f;
    }

    private Set<Long> referenced(CaseView c) {
        Set<Long> ids = new LinkedHashSet<>();
        addAll(ids, c.media());
        for (CaseActionView a : queries.actions(c.id())) {
            addAll(ids, a.media());
        }
        for (Map<String, Object> v : queries.verifications(c.id())) {
            if (v.get("media") instanceof Collection<?> list) {
                list.forEach(x -> {
                    if (x instanceof Number n) {
                        ids.add(n.longValue());
                    }
                });
            }
        }
        return ids;
    }

    private static void addAll(Set<Long> ids, List<Long> media) {
        if (media != null) {
            ids.addAll(media);
        }
    }
}
