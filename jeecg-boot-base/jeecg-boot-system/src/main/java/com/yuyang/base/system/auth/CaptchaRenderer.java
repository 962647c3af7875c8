package com.yuyang.base.system.auth;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Draws digits as jittered seven-segment strokes with noise lines. Drawn with shapes only, so it needs no
 * installed font (a headless server often has none) and no third-party library.
 */
public class CaptchaRenderer {

    static final int WIDTH = 120;
    static final int HEIGHT = 40;

    /** Segments a..g per digit: top, top-right, bottom-right, bottom, bottom-left, top-left, middle. */
    private static final String[] SEGMENTS = {
        "abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg"
    };

    private final SecureRandom random = new SecureRandom();

    public String randomDigits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** PNG as a data URL. */
    public String render(String digits) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 247, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g, 6, 1f);
            int cell = WIDTH / (digits.length() + 1);
            for (int i = 0; i < digits.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(cell / 2.0 + i * cell + random.nextInt(6), 8 + random.nextInt(6));
                g.rotate((random.nextDouble() - 0.5) * 0.5);
                g.shear((random.nextDouble() - 0.5) * 0.4, 0);
                g.setColor(new Color(20 + random.nextInt(120), 20 + random.nextInt(120), 60 + random.nextInt(140)));
                g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                drawDigit(g, digits.charAt(i) - '0');
                g.setTransform(saved);
            }
            noise(g, 3, 1.4f);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private void drawDigit(Graphics2D g, int d) {
        int w = 14;
        int h = 11;
        for (char s : SEGMENTS[d].toCharArray()) {
            int j = random.nextInt(3) - 1;
            switch (s) {
                case 'a' -> g.drawLine(0, 0, w, j);
                case 'b' -> g.drawLine(w, 0, w + j, h);
                case 'c' -> g.drawLine(w + j, h, w, 2 * h);
                case 'd' -> g.drawLine(0, 2 * h, w, 2 * h + j);
                case 'e' -> g.drawLine(0, h, j, 2 * h);
                case 'f' -> g.drawLine(0, 0, j, h);
                default -> g.drawLine(0, h, w, h + j);
            }
        }
    }

    private void noise(Graphics2D g, int lines, float width) {
        g.setStroke(new BasicStroke(width));
        for (int i = 0; i < lines; i++) {
            g.setColor(new Color(120 + random.nextInt(120), 120 + random.nextInt(120), 120 + random.nextInt(120)));
            g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        }
    }
}
