package com.yuyang.traffic.safety.file;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Upload of inspection photos / video (A6, A8) and download of one's own files. */
@Tag(name = "文件")
@RestController
@RequestMapping("/api/files")
public class FileController {

    private final FileService files;

    public FileController(FileService files) {
        this.files = files;
    }

    public record Uploaded(String id, String name, String contentType, long size) {
    }

    @Operation(summary = "上传文件（multipart 字段 file；JPG/PNG/PDF ≤ 10 MB，MP4/MP3 ≤ 50 MB），返回文件 id 供检查结果 attachments 使用")
    @RequiresPermissions("safety:file:upload")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Result<Uploaded> upload(@RequestParam(value = "file", required = false) MultipartFile file) {
        StoredFile f = files.upload(file, CurrentUser.require());
        return Result.ok(new Uploaded(String.valueOf(f.getId()), f.getOriginalName(), f.getContentType(), f.getSizeBytes()));
    }

    @Operation(summary = "下载本人上传的文件（检查记录中的附件通过检查记录接口访问）")
    @RequiresAuthentication
    @GetMapping("/{id}")
    public ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        LoginUser user = CurrentUser.require();
        StoredFile f = files.find(id);
        if (f == null || (!user.admin() && !f.getOwnerId().equals(user.id()))) {
            throw BizException.notFound("文件不存在或无权访问");
        }
        return files.download(f);
    }
}
