package com.yuyang.base.online.excel;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asynchronous imports of large files: the upload is copied to a temporary file (the multipart part is gone once
 * the request ends), the import runs on a small bounded pool as the uploading user (so grid checks and audit
 * columns are the caller's), and the client polls {@code GET …/import/progress/{jobId}} until DONE (with the
 * report) or FAILED (with the message). At most two imports run and four wait; more → 429.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final OnlineExcelService excel;
    private final ImportProgress progress;
    private final ThreadPoolExecutor pool;

    public ImportJobs(OnlineExcelService excel, ImportProgress progress) {
        this.excel = excel;
        this.progress = progress;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), r -> {
            Thread t = new Thread(r, "online-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the import of {@code in} as the current user; returns at once. */
    public void start(String code, InputStream in, String mode, String jobId) {
        if (!"all".equals(mode) && !"skip".equals(mode)) {
            throw BizException.badRequest("导入模式只能是 all（整体校验）或 skip（跳过错误行）");
        }
        if (progress.exists(code, jobId)) {
            throw BizException.conflict("导入任务编号已被使用，请换一个 jobId");
        }
        LoginUser user = CurrentUser.require();
        Path file;
        try {
            file = Files.createTempFile("online-import-", ".xlsx");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(code, jobId, "QUEUED", 0, 0);
        try {
            pool.execute(() -> run(code, file, mode, jobId, user));
        } catch (RejectedExecutionException e) {
            delete(file);
            progress.finish(code, jobId, null, "导入任务过多，请稍后再试");
            throw BizException.tooMany("导入任务过多，请稍后再试");
        }
    }

    private void run(String code, Path file, String mode, String jobId, LoginUser user) {
        CurrentUser.bind(user);
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = excel.importFile(code, in, mode, jobId, false);
            progress.finish(code, jobId, report, null);
        } catch (BizException e) {
            progress.finish(code, jobId, null, e.getMessage());
        } catch (RuntimeException | IOException e) {
            log.error("online import {} of form {} failed", jobId, code, e);
            progress.finish(code, jobId, null, "导入失败，请检查文件后重试");
        } finally {
            CurrentUser.clear();
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
