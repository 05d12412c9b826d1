package com.example.requests;

import com.example.requests.api.FilesApi;
import com.example.requests.model.Stored;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by {@code BigTransferTest} in a JVM of its own with a small heap ({@code -Xmx64m}): uploads
 * 100 MiB from a file and from a stream, downloads 100 MiB to a file and through a stream, and
 * prints what it sent and got. A client that held any of these bodies whole would run out of memory.
 */
public final class BigTransferMain {

    private BigTransferMain() {
    }

    /**
     * @param args the server's base URL, the file to upload, the file to download to
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        FilesApi api = new FilesApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(args[0])
                .retryPolicy(RetryPolicy.none()).build());
        Stored fromFile = api.putBlob("big-file", FilePart.of(Path.of(args[1])));
        System.out.println("upload-file " + fromFile.getSize() + " " + fromFile.getSha256());
        Stored fromStream = api.putBlob("big-stream", FilePart.of(new PatternStream(PatternStream.HUNDRED_MB), "big.bin", null));
        System.out.println("upload-stream " + fromStream.getSize() + " " + fromStream.getSha256());
        long saved;
        try (ResponseStream download = api.getBlobAsStream("big-download")) {
            saved = download.saveTo(Path.of(args[2]));
        }
        System.out.println("download-file " + saved);
        try (ResponseStream download = api.getBlobAsStream("big-download")) {
            System.out.println("download-stream " + PatternStream.sha256(download));
        }
        System.out.println("max-heap " + Runtime.getRuntime().maxMemory());
    }
}
