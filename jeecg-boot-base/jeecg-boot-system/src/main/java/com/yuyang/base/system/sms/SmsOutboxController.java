package com.yuyang.base.system.sms;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SMS outbox for admins (phone masked; searchable by exact phone through its keyed hash). */
@Tag(name = "短信发件箱")
@RestController
@RequestMapping("/api/sys/sms")
public class SmsOutboxController {

    private final SysSmsOutboxMapper outbox;
    private final FieldCipher cipher;

    public SmsOutboxController(SysSmsOutboxMapper outbox, FieldCipher cipher) {
        this.outbox = outbox;
        this.cipher = cipher;
    }

    @Operation(summary = "短信发件箱列表")
    @RequiresPermissions("sys:sms:list")
    @GetMapping("/outbox")
    public Result<IPage<SysSmsOutbox>> list(@Valid OutboxQuery query) {
        String phone = query.phone();
        LambdaQueryWrapper<SysSmsOutbox> q = new LambdaQueryWrapper<SysSmsOutbox>()
                .eq(phone != null, SysSmsOutbox::getPhoneHash, phone == null ? null : cipher.hash(phone))
                .orderByDesc(SysSmsOutbox::getSendTime).orderByDesc(SysSmsOutbox::getId);
        return Result.ok(outbox.selectPage(new Page<>(query.page(), query.size()), q));
    }
}
