package com.yuyang.traffic.safety.subject;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A2 supervised subject: a row of the online form safety_subject, read and written by typed code where logic needs it. */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("safety_subject")
public class SafetySubject extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private String name;
    private String subjectType;
    private String creditCode;
    private String legalPerson;
    /** AES-GCM ciphertext (the online form declares it sensitive); read it through {@link SubjectPhones}. */
    private String phone;
    /** HMAC blind index of the phone, for exact-match search. */
    private String phoneHash;
    private String address;
    private String businessScope;
    private LocalDate registeredDate;
    private LocalDate expiryDate;
    private Long deptId;
    private Long industryId;
    private String status;
    private BigDecimal longitude;
    private BigDecimal latitude;
    private String intro;
}
