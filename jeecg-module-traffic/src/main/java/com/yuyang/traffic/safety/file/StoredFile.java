package com.yuyang.traffic.safety.file;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** An uploaded file (inspection photo, video, audio, document). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("traffic_file")
public class StoredFile extends AuditedEntity {
    private Long tenantId;
    private String originalName;
    private String contentType;
    private Long sizeBytes;
    private String sha256;
    private String storage;
    private String objectKey;
    private Long ownerId;
}
