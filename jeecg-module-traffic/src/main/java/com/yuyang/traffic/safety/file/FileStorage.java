package com.yuyang.traffic.safety.file;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded bytes live. {@code platform.files.storage=local} (default) keeps them under
 * {@code platform.data-dir/files}; an S3-compatible store implements the same three calls (see docs).
 */
public interface FileStorage {

    /** The storage kind recorded with each file (LOCAL, S3). */
    String kind();

    void put(String key, InputStream data, long size, String contentType) throws IOException;

    InputStream get(String key) throws IOException;

    void delete(String key) throws IOException;
}
