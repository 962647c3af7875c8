package com.yuyang.traffic.safety.qrcode;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A2/A10, B5: every QR image the platform hands out reads back with zxing's detector. About 1 % of URLs of our
 * token shape made a symbol that detector could not find with the default mask choice (CI caught one); over 1,000
 * URLs the old encoder failed this spec with near certainty.
 */
class QrImagesTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static String subjectUrl(Random r) {
        StringBuilder s = new StringBuilder("http://localhost:8080/app/qr/QR");
        for (int i = 0; i < 14; i++) {
            s.append(ALPHABET.charAt(r.nextInt(36)));
        }
        s.append('.');
        for (int i = 0; i < 22; i++) {
            s.append(ALPHABET.charAt(r.nextInt(64)));
        }
        return s.toString();
    }

    @Test
    void every_subject_url_reads_back_at_the_default_size() throws Exception {
        Random r = new Random(20261124);
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String url = subjectUrl(r);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(QrImages.png(url, 360)));
            if (!QrImages.readsBack(png, url)) {
                unreadable.add(url);
            }
        }
        assertThat(unreadable).isEmpty();
    }

    @Test
    void urls_that_defeat_the_encoders_own_mask_choice_are_re_encoded_and_read_back_at_every_size() {
        Random r = new Random(1);
        List<String> defeating = new ArrayList<>();
        for (int i = 0; i < 3000 && defeating.size() < 5; i++) {
            String url = subjectUrl(r);
            if (!QrImages.readsBack(QrImages.render(url, 360, null), url)) {
                defeating.add(url);
            }
        }
        assertThat(defeating).as("the seeded search finds the symbols the default mask makes unreadable").hasSize(5);
        for (String url : defeating) {
            for (int size : new int[] {120, 200, 360, 720}) {
                assertThat(QrImages.readsBack(QrImages.readable(url, size), url)).as("%s at %d px", url, size).isTrue();
            }
        }
    }
}
