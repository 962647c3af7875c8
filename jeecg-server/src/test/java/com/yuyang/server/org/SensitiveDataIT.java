package com.yuyang.server.org;

import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E2 over HTTP: the phone and ID number given to the user API are stored only encrypted; the API answers them
 * masked to a caller without sys:sensitive:view (leader1 holds sys:user:list only) and in full to one with it
 * (admin); exact search by phone works through the keyed hash; hashes and ciphertext never leave the server.
 */
class SensitiveDataIT extends IntegrationTest {

    static final String PHONE = "13712345678";
    static final String ID_CARD = "11010519491231002X";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void e2_encryptedAtRestMaskedInOutputSearchableByPhone() {
        Api api = new Api(port);
        var created = api.post("/api/sys/users", "admin", Map.of("username", "e2_http", "password", "Secret#2026",
                "realName", "敏感数据", "phone", PHONE, "idCard", ID_CARD, "deptId", 10));
        assertThat(created.status()).isEqualTo(200);
        long id = created.result().path("id").asLong();

        Map<String, Object> raw = jdbc.queryForMap("SELECT * FROM sys_user WHERE id = ?", id);
        raw.values().forEach(v -> assertThat(String.valueOf(v)).doesNotContain(PHONE).doesNotContain("345678")
                .doesNotContain(ID_CARD).doesNotContain("19491231"));

        var masked = api.get("/api/sys/users/" + id, "leader1");
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.result().path("phone").asText()).isEqualTo("137****5678");
        assertThat(masked.result().path("idCard").asText()).isEqualTo("1101**********002X");
        assertThat(masked.raw()).doesNotContain(PHONE).doesNotContain(ID_CARD)
                .doesNotContain("password").doesNotContain("Hash").doesNotContain("Enc");

        var plain = api.get("/api/sys/users/" + id, "admin");
        assertThat(plain.result().path("phone").asText()).isEqualTo(PHONE);
        assertThat(plain.result().path("idCard").asText()).isEqualTo(ID_CARD);

        var search = api.get("/api/sys/users?phone=" + PHONE, "leader1");
        assertThat(search.result().path("total").asInt()).isEqualTo(1);
        assertThat(search.result().path("records").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(search.result().path("records").get(0).path("phone").asText()).isEqualTo("137****5678");
        assertThat(api.get("/api/sys/users?phone=13712345679", "leader1").result().path("total").asInt()).isZero();
        assertThat(api.get("/api/sys/users?size=1000", "leader1").raw()).doesNotContain(PHONE);
    }
}
