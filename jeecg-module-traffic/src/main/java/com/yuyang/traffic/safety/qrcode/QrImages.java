package com.yuyang.traffic.safety.qrcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders text as a QR code PNG (zxing core only: the bit matrix is painted into an image here).
 *
 * <p>Every image is read back before it is returned. With the mask pattern the encoder picks by penalty score,
 * about one URL in a hundred of our token shape gives a symbol whose data area holds a false finder pattern:
 * zxing's detector (the one in many phone scanner apps) then cannot find the code even on a perfect image.
 * Such a symbol is re-encoded with the other mask patterns until one reads back, so that a printed label or a
 * case sticker never turns out unscannable in the field.
 */
public final class QrImages {

    private static final Logger log = LoggerFactory.getLogger(QrImages.class);
    private static final int MASK_PATTERNS = 8;

    private QrImages() {
    }

    public static byte[] png(String text, int size) {
        BufferedImage img = readable(text, size);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage readable(String text, int size) {
        BufferedImage chosen = render(text, size, null);
        if (readsBack(chosen, text)) {
            return chosen;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BufferedImage other = render(text, size, mask);
            if (readsBack(other, text)) {
                return other;
            }
        }
        log.warn("no mask pattern gives a QR code that reads back at {} px; the default one is used", size);
        return chosen;
    }

    static BufferedImage render(String text, int size, Integer maskPattern) {
        Map<EncodeHintType, Object> hints = new HashMap<>(Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        if (maskPattern != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR content cannot be encoded", e);
        }
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }

    static boolean readsBack(BufferedImage img, String text) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
        try {
            return text.equals(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(w, h, pixels)))).getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}
