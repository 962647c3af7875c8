package com.yuyang.server.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.user.UserRequests;
import com.yuyang.base.system.user.UserService;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** E2: phone and ID numbers encrypted at rest, searchable by keyed hash, masked unless sys:sensitive:view. */
class SensitiveDataServiceIT extends IntegrationTest {

    static final String PHONE = "13812341234";
    static final String ID_CARD = "610802198506120015";

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    FieldCipher cipher;

    @AfterEach
    void unbind() {
        CurrentUser.clear();
    }

    @Test
    void rawRowHoldsNoPlainNumberAndApiOutputIsMaskedUnlessPermitted() throws Exception {
        CurrentUser.bind(DemoUsers.admin());
        var created = users.create(new UserRequests.Create("e2_user_a", "Secret#2026", "敏感测试", PHONE, ID_CARD,
                null, 10L, null, null, null));

        Map<String, Object> raw = jdbc.queryForMap("SELECT * FROM sys_user WHERE id = ?", created.id());
        for (Object value : raw.values()) {
            String s = String.valueOf(value);
            assertThat(s).doesNotContain(PHONE).doesNotContain(ID_CARD).doesNotContain("1234").isNotEqualTo("Secret#2026");
        }
        assertThat(raw.get("phone_hash")).isEqualTo(cipher.hash(PHONE));
        assertThat(cipher.decrypt((String) raw.get("phone_enc"))).isEqualTo(PHONE);
        assertThat((String) raw.get("password_hash")).startsWith("$2");

        CurrentUser.bind(new LoginUser(2, "inspector1", "x", 1, 10L, Set.of("inspector"), Set.of("sys:user:list"), false));
        String masked = json.writeValueAsString(users.get(created.id()));
        assertThat(masked).contains("\"phone\":\"138****1234\"").contains("\"idCard\":\"6108**********0015\"")
                .doesNotContain(PHONE).doesNotContain(ID_CARD)
                .doesNotContain("passwordHash").doesNotContain("phoneHash").doesNotContain("phoneEnc")
                .doesNotContain("idCardEnc").doesNotContain("idCardHash");

        CurrentUser.bind(new LoginUser(2, "inspector1", "x", 1, 10L, Set.of("inspector"),
                Set.of("sys:user:list", "sys:sensitive:view"), false));
        String plain = json.writeValueAsString(users.get(created.id()));
        assertThat(plain).contains("\"phone\":\"" + PHONE + "\"").contains("\"idCard\":\"" + ID_CARD + "\"");
    }

    @Test
    void exactSearchByPhoneUsesTheKeyedHash() {
        CurrentUser.bind(DemoUsers.admin());
        var a = users.create(new UserRequests.Create("e2_user_b", "Secret#2026", "检索一", "13900001111", null,
                null, null, null, null, null));
        users.create(new UserRequests.Create("e2_user_c", "Secret#2026", "检索二", "13900002222", null,
                null, null, null, null, null));
        var found = users.list(new UserRequests.Query(null, null, null, null, "13900001111", 1, 20));
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.records().get(0).id()).isEqualTo(a.id());
        assertThat(users.list(new UserRequests.Query(null, null, null, null, "13900009999", 1, 20)).total()).isZero();
    }
}
