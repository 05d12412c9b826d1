package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.LoopbackServer.Seen;
import com.example.requests.api.FilesApi;
import com.example.requests.model.Meta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies on the wire (src/test/openapi/requests-fixture.yaml): a multipart upload parsed
 * part by part on the server side, a url-encoded form, binary bodies from a file, a stream and
 * bytes, and binary responses read as a stream or saved to a file.
 */
class RequestBodiesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 3};

    @TempDir
    Path folder;

    private LoopbackServer server;
    private FilesApi api;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        api = new FilesApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl()).bearerAuth("token")
                .retryPolicy(RetryPolicy.none()).build());
        server.answer("/uploads", 200, "{\"size\":12}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMultipartUploadSendsFileTextAndJsonPartsWithTheSpecsContentTypesAndHeaders() throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), "# Cat\n");
        InputStream streamed = new ByteArrayInputStream("streamed extra".getBytes(StandardCharsets.UTF_8));

        api.upload(FilePart.of(PNG, "cat.png", null), "Zoë's \"cat\"", new FilesApi.UploadOptions()
                .fileXChecksum("sha-1").count(3).meta(Meta.builder().source("camera").rank(2).build()).tags(List.of("a", "b c"))
                .extras(List.of(FilePart.of(new byte[] {1, 2}, "one.bin", "application/x-one"), FilePart.of(streamed, null, null)))
                .readme(FilePart.of(readme)));

        Seen seen = server.requests().get(0);
        List<MultipartParts.Part> parts = MultipartParts.parse(seen.body(), seen.header("Content-Type"));
        assertEquals(9, parts.size());
        assertEquals("form-data; name=\"file\"; filename=\"cat.png\"", parts.get(0).header("Content-Disposition"));
        assertEquals("image/png", parts.get(0).header("Content-Type"), "the spec's first encoding type, as the part names none");
        assertEquals("sha-1", parts.get(0).header("X-Checksum"));
        assertArrayEquals(PNG, parts.get(0).content());
        assertEquals("form-data; name=\"title\"", parts.get(1).header("Content-Disposition"));
        assertEquals("text/plain; charset=utf-8", parts.get(1).header("Content-Type"));
        assertEquals("Zoë's \"cat\"", parts.get(1).text());
        assertEquals(Map.of("content-disposition", "form-data; name=\"count\""), parts.get(2).headers());
        assertEquals("3", parts.get(2).text());
        assertEquals("application/json", parts.get(3).header("Content-Type"));
        assertEquals("{\"source\":\"camera\",\"rank\":2}", parts.get(3).text());
        assertEquals(List.of("a", "b c"), List.of(parts.get(4).text(), parts.get(5).text()));
        assertEquals("form-data; name=\"extras\"; filename=\"one.bin\"", parts.get(6).header("Content-Disposition"));
        assertEquals("application/x-one", parts.get(6).header("Content-Type"));
        assertEquals("form-data; name=\"extras\"; filename=\"extras\"", parts.get(7).header("Content-Disposition"));
        assertEquals("application/octet-stream", parts.get(7).header("Content-Type"));
        assertEquals("streamed extra", parts.get(7).text());
        assertEquals("form-data; name=\"readme\"; filename=\"README.md\"", parts.get(8).header("Content-Disposition"));
        assertEquals("text/markdown", parts.get(8).header("Content-Type"), "the schema's x-mimetype");
        assertEquals("# Cat\n", parts.get(8).text());
        assertEquals("chunked", seen.header("Transfer-Encoding"), "a streamed part makes the length unknown");
    }

    @Test
    void everyMultipartBodyHasItsOwnRandomBoundaryAndAKnownLengthWhenNothingIsStreamed() {
        api.upload(FilePart.of(PNG), "one");
        api.upload(FilePart.of(PNG), "two");

        String first = MultipartParts.boundary(server.requests().get(0).header("Content-Type"));
        String second = MultipartParts.boundary(server.requests().get(1).header("Content-Type"));
        assertTrue(first.matches("oasis-[0-9a-f]{40}"), first);
        assertNotEquals(first, second);
        assertEquals(String.valueOf(server.requests().get(0).body().length), server.requests().get(0).header("Content-Length"));
        assertEquals("file", MultipartParts.parse(server.requests().get(0).body(), server.requests().get(0).header("Content-Type"))
                .get(0).header("Content-Disposition").replaceAll(".*filename=\"([^\"]*)\".*", "$1"), "a nameless file is named after its field");
    }

    @Test
    void theAsyncMethodSendsTheSameParts() {
        api.uploadAsync(FilePart.of(PNG, "cat.png", "image/jpeg"), "async").join();

        Seen seen = server.requests().get(0);
        List<MultipartParts.Part> parts = MultipartParts.parse(seen.body(), seen.header("Content-Type"));
        assertEquals("image/jpeg", parts.get(0).header("Content-Type"), "the part's own type wins over the spec's");
        assertEquals("async", parts.get(1).text());
    }

    @Test
    void aRequiredPartLeftOutFailsBeforeAnythingIsSent() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> api.upload(null, "title"));

        assertEquals("form field 'file' is required", error.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void aUrlEncodedFormWritesEachFieldByItsStyle() {
        server.answerInTurn("/forms", Answer.of(204, "text/plain", new byte[0]));

        api.submitForm("Zoë & co", new FilesApi.SubmitFormOptions().count(3).tags(List.of("a", "b c")).ids(List.of(1L, 2L))
                .filter(Map.of("x", "1+1")).meta(Meta.builder().source("s p").rank(2).build()));

        Seen seen = server.requests().get(0);
        assertEquals("application/x-www-form-urlencoded", seen.header("Content-Type"));
        assertEquals("name=Zo%C3%AB%20%26%20co&count=3&tags=a&tags=b%20c&ids=1,2&filter[x]=1%2B1&source=s%20p&rank=2",
                new String(seen.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void aBinaryBodyIsStreamedFromAFileAndRetriedWhole() throws IOException {
        byte[] content = "file content ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(folder.resolve("blob.bin"), content);
        FilesApi retrying = new FilesApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ZERO).build()).build());
        server.answerInTurn("/blobs/b1", Answer.of(503, "text/plain", new byte[0]), Answer.of(200, "application/json",
                "{\"size\":13000}".getBytes(StandardCharsets.UTF_8)));

        assertEquals(13000L, retrying.putBlob("b1", FilePart.of(file)).getSize());

        assertEquals(2, server.requests().size());
        for (Seen seen : server.requests()) {
            assertArrayEquals(content, seen.body());
            assertEquals("application/octet-stream", seen.header("Content-Type"));
            assertEquals("13000", seen.header("Content-Length"));
        }
    }

    @Test
    void aBinaryBodyFromAStreamIsSentOnceChunkedAndNeverRetried() {
        FilesApi retrying = new FilesApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ZERO).build()).build());
        server.answerInTurn("/blobs/b2", Answer.of(503, "text/plain", new byte[0]), Answer.of(200, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)));
        FilePart stream = FilePart.of(new ByteArrayInputStream(new byte[] {7, 8, 9}), null, null);

        ApiException error = assertThrows(ApiException.class, () -> retrying.putBlob("b2", stream));

        assertEquals(503, error.statusCode());
        assertEquals(1, server.requests().size());
        assertArrayEquals(new byte[] {7, 8, 9}, server.requests().get(0).body());
        assertEquals("chunked", server.requests().get(0).header("Transfer-Encoding"));
        ApiException again = assertThrows(ApiException.class, () -> retrying.putBlob("b2", stream));
        assertTrue(again.getMessage().endsWith("cannot send its body: the stream of this FilePart was already sent;"
                + " create a new FilePart for each request"), again.getMessage());
    }

    @Test
    void aBinaryBodyFromBytesIsSentAsItIs() {
        server.answer("/blobs/b3", 200, "{}");

        api.putBlob("b3", FilePart.of(new byte[] {1, 2, 3}));

        assertArrayEquals(new byte[] {1, 2, 3}, server.requests().get(0).body());
    }

    @Test
    void aMissingFileFailsWithTheOperationAndThePath() {
        ApiException error = assertThrows(ApiException.class, () -> api.putBlob("b4", FilePart.of(folder.resolve("missing.bin"))));

        assertTrue(error.getMessage().startsWith("putBlob (PUT /blobs/{id}) cannot read the content to upload: cannot read the file "),
                error.getMessage());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void aBinaryResponseIsReadAsAStreamOrSavedToAFile() throws IOException {
        byte[] content = "downloaded bytes".getBytes(StandardCharsets.US_ASCII);
        server.answerInTurn("/blobs/b5", Answer.of(200, "application/octet-stream", content).withHeader("X-Version", "7").gzipped());

        try (ResponseStream stream = api.getBlobAsStream("b5")) {
            assertEquals(200, stream.statusCode());
            assertEquals("7", stream.headers().firstValue("X-Version").orElseThrow());
            assertArrayEquals(content, stream.readAllBytes(), "decompressed as it is read");
        }
        Path target = Files.writeString(folder.resolve("saved.bin"), "old content");
        long written;
        try (ResponseStream stream = api.getBlobAsStream("b5")) {
            written = stream.saveTo(target);
        }
        assertEquals(content.length, written);
        assertArrayEquals(content, Files.readAllBytes(target));
        try (var files = Files.list(folder)) {
            assertEquals(Set.of(target.getFileName().toString()), Set.copyOf(files.map(p -> p.getFileName().toString()).toList()),
                    "no partial file is left behind");
        }
    }

    @Test
    void anErrorStatusOfAStreamedResponseIsAnApiExceptionWithTheBody() {
        server.answerInTurn("/blobs/b6", Answer.json(404, "{\"errors\":[\"no such blob\"]}"));

        ApiException error = assertThrows(ApiException.class, () -> api.getBlobAsStream("b6"));

        assertEquals(404, error.statusCode());
        assertEquals("{\"errors\":[\"no such blob\"]}", error.rawBody());
        assertNull(error.errorBody().orElse(null));
    }
}
