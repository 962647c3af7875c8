package com.yuyang.traffic.safety.file;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upload checks and bookkeeping: allowed types are decided by the file's leading bytes (magic numbers), not
 * by the client's content type or name; sizes are capped per kind.
 */
@Service
public class FileService {

    private static final Map<String, String> EXT = Map.of("image/jpeg", "jpg", "image/png", "png",
            "video/mp4", "mp4", "audio/mpeg", "mp3", "application/pdf", "pdf");
    private static final Set<String> MEDIA = Set.of("video/mp4", "audio/mpeg");

    private final FileStorage storage;
    private final StoredFileMapper files;
    private final long maxImageBytes;
    private final long maxMediaBytes;

    public FileService(FileStorage storage, StoredFileMapper files,
                       @Value("${platform.files.max-image-mb:10}") long maxImageMb,
                       @Value("${platform.files.max-media-mb:50}") long maxMediaMb) {
        this.storage = storage;
        this.files = files;
        this.maxImageBytes = maxImageMb * 1024 * 1024;
        this.maxMediaBytes = maxMediaMb * 1024 * 1024;
    }

    public StoredFile upload(MultipartFile file, LoginUser user) {
        return upload(file, user.tenantId(), user.id());
    }

    /**
     * Upload without a logged-in user (e.g. appeal pictures sent from a public case page): the caller decides the
     * tenant and the owner id (0 = nobody, so no user can download it through {@code /api/files/{id}}).
     */
    public StoredFile upload(MultipartFile file, long tenantId, long ownerId) {
        if (file == null || file.isEmpty()) {
            throw BizException.badRequest("请选择要上传的文件");
        }
        String type;
        try (InputStream in = file.getInputStream()) {
            type = sniff(in.readNBytes(16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            throw BizException.badRequest("只允许上传 JPG、PNG 图片，MP4 视频，MP3 音频或 PDF 文件");
        }
        long limit = MEDIA.contains(type) ? maxMediaBytes : maxImageBytes;
        if (file.getSize() > limit) {
            throw BizException.badRequest("文件过大，" + (MEDIA.contains(type) ? "音视频" : "图片和文档") + "不能超过 "
                    + limit / 1024 / 1024 + " MB");
        }
        String key = LocalDate.now() + "/" + UUID.randomUUID() + "." + EXT.get(type);
        String sha;
        try (DigestInputStream in = new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            storage.put(key, in, file.getSize(), type);
            sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StoredFile f = new StoredFile();
        f.setTenantId(tenantId);
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        f.setOriginalName(name.length() > 200 ? name.substring(name.length() - 200) : name);
        f.setContentType(type);
        f.setSizeBytes(file.getSize());
        f.setSha256(sha);
        f.setStorage(storage.kind());
        f.setObjectKey(key);
        f.setOwnerId(ownerId);
        files.insert(f);
        return f;
    }

    /**
     * Attachments of a business record must be files the caller uploaded (A6, A8): someone else's file id
     * would otherwise leak that file to whoever may read the record. 400 listing the offending ids.
     */
    public void requireOwned(java.util.Collection<Long> ids, LoginUser user) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        java.util.Set<Long> own = new java.util.HashSet<>();
        files.selectBatchIds(new java.util.HashSet<>(ids)).stream().filter(f -> f.getOwnerId().equals(user.id()))
                .forEach(f -> own.add(f.getId()));
        java.util.List<String> missing = ids.stream().filter(id -> !own.contains(id)).map(String::valueOf).distinct().sorted().toList();
        if (!missing.isEmpty()) {
            throw BizException.badRequest("附件不存在或不是您上传的：" + String.join("、", missing));
        }
    }

    public StoredFile find(long id) {
        return files.selectById(id);
    }

    /**
     * Refuses (400) file ids the user did not upload: attachments of appeals, answers and reports must be the
     * caller's own uploads, so nobody can attach (and so expose) someone else's file by guessing its id.
     */
    public void requireOwned(java.util.Collection<Long> ids, long userId) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        java.util.Set<Long> own = files.selectBatchIds(new java.util.HashSet<>(ids)).stream()
                .filter(f -> f.getOwnerId() != null && f.getOwnerId() == userId).map(StoredFile::getId)
                .collect(java.util.stream.Collectors.toSet());
        java.util.List<String> missing = ids.stream().filter(id -> !own.contains(id)).map(String::valueOf).distinct().sorted().toList();
        if (!missing.isEmpty()) {
            throw com.yuyang.base.core.exception.BizException.badRequest("附件不存在或不是您上传的：" + String.join("、", missing));
        }
    }

    public InputStream open(StoredFile f) throws IOException {
        return storage.get(f.getObjectKey());
    }

    /**
     * A stored file as the answer of a download endpoint that has already decided the caller may read it: its
     * checked content type and length; privately cacheable for a while (a file id never changes content).
     */
    public ResponseEntity<InputStreamResource> download(StoredFile f) throws IOException {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").contentLength(f.getSizeBytes())
                .body(new InputStreamResource(open(f)));
    }

    /** The content type from the first bytes, or null when not an allowed kind. */
    static String sniff(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (h.length >= 8 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "image/png";
        }
        if (h.length >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return "video/mp4";
        }
        if (h.length >= 3 && ((h[0] == 'I' && h[1] == 'D' && h[2] == '3') || ((h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0))) {
            return "audio/mpeg";
        }
        if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
            return "application/pdf";
        }
        return null;
    }
}
