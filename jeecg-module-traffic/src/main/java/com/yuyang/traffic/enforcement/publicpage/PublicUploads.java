package com.yuyang.traffic.enforcement.publicpage;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.time.Duration;
import java.util.List;

/**
 * Pictures and video an appellant attaches to an appeal. The public page has no login, so an upload is tied to
 * the case it was made for (a KvStore entry, one day): an appeal may only reference files uploaded through the
 * public page of the same case, never a staff member's file id guessed or copied from elsewhere. Files are owned
 * by nobody (owner 0), so they are not downloadable through the staff file endpoint either.
 */
@Component
public class PublicUploads {

    private static final Duration KEEP = Duration.ofDays(1);

    private final FileService files;
    private final KvStore kv;

    public PublicUploads(FileService files, KvStore kv) {
        this.files = files;
        this.kv = kv;
    }

    public StoredFile upload(long caseId, MultipartFile file) {
        StoredFile f = files.upload(file, 1L, 0L);
        kv.set(key(f.getId()), String.valueOf(caseId), KEEP);
        return f;
    }

    /** Refuses (400) any id that was not uploaded through the public page of this case during the last day. */
    public void requireOwnedBy(long caseId, List<Long> fileIds) {
        for (Long id : fileIds) {
            String owner = kv.get(key(id)).orElse(null);
            if (!String.valueOf(caseId).equals(owner)) {
                throw BizException.badRequest("附件无效或已过期，请在本页面重新上传后再提交");
            }
        }
    }

    private static String key(long fileId) {
        return "enf:public-file:" + fileId;
    }
}
