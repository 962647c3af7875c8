package com.yuyang.traffic.safety.file;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Files in an S3-compatible object store ({@code platform.files.storage=s3}, meant for the prod profile: AWS S3,
 * MinIO, Ceph RGW, or a cloud provider's S3 interface). AWS SDK v2, synchronous client over Apache HttpClient.
 *
 * <p>Request checksums are only sent when an operation requires them: the SDK's newer default (CRC32 trailers in
 * aws-chunked uploads) is not understood by every S3-compatible server. The bucket is checked at start-up, so a
 * wrong endpoint, bucket or key fails the start instead of the first upload.
 */
@Component
@ConditionalOnProperty(name = "platform.files.storage", havingValue = "s3")
public class S3FileStorage implements FileStorage, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3FileStorage(@Value("${platform.files.s3.endpoint:}") String endpoint,
                         @Value("${platform.files.s3.region:us-east-1}") String region,
                         @Value("${platform.files.s3.bucket:}") String bucket,
                         @Value("${platform.files.s3.access-key:}") String accessKey,
                         @Value("${platform.files.s3.secret-key:}") String secretKey,
                         @Value("${platform.files.s3.path-style:true}") boolean pathStyle,
                         @Value("${platform.files.s3.prefix:}") String prefix,
                         @Value("${platform.files.s3.create-bucket:false}") boolean createBucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("platform.files.storage=s3 needs platform.files.s3.bucket (FILES_S3_BUCKET)");
        }
        if (accessKey.isBlank() != secretKey.isBlank()) {
            throw new IllegalStateException("platform.files.s3.access-key and secret-key must be given together");
        }
        S3ClientBuilder b = S3Client.builder()
                .region(Region.of(region))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // without keys: the SDK's default chain (environment, instance profile, …)
                .credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint.trim()));
        }
        this.s3 = b.build();
        this.bucket = bucket.trim();
        String p = prefix == null ? "" : prefix.trim().replaceAll("^/+|/+$", "");
        this.prefix = p.isEmpty() ? "" : p + "/";
        checkBucket(createBucket);
    }

    private void checkBucket(boolean create) {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            if (!create) {
                throw new IllegalStateException("S3 bucket " + bucket + " does not exist (set platform.files.s3.create-bucket=true to create it)", e);
            }
            s3.createBucket(r -> r.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && create) {
                s3.createBucket(r -> r.bucket(bucket));
                return;
            }
            throw new IllegalStateException("S3 bucket " + bucket + " is not reachable: HTTP " + e.statusCode(), e);
        }
    }

    @Override
    public String kind() {
        return "S3";
    }

    private String key(String key) {
        if (key.contains("..") || key.startsWith("/")) {
            throw new IllegalArgumentException("bad key");
        }
        return prefix + key;
    }

    @Override
    public void put(String key, InputStream data, long size, String contentType) throws IOException {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key(key)).contentType(contentType).contentLength(size),
                    RequestBody.fromInputStream(data, size));
        } catch (S3Exception e) {
            throw new IOException("S3 upload failed: HTTP " + e.statusCode(), e);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key(key)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(key);
        } catch (S3Exception e) {
            throw new IOException("S3 download failed: HTTP " + e.statusCode(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key(key)));
        } catch (S3Exception e) {
            throw new IOException("S3 delete failed: HTTP " + e.statusCode(), e);
        }
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
