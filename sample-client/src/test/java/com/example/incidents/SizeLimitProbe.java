package com.example.incidents;

import com.example.incidents.Faults.Mode;
import com.example.incidents.api.IncidentsApi;

/**
 * Run by {@link SmallHeapSizeLimitTest} in a JVM of its own with a small heap: calls a hostile
 * server's huge bodies blocking and async, each followed by a normal call, and prints one line per
 * call ({@code mode path: ApiException: message} or {@code mode path: ok}) and finally the heap's
 * size. An {@link OutOfMemoryError}, or any other throwable, ends the JVM with a stack trace and a
 * non-zero status.
 */
public final class SizeLimitProbe {

    private SizeLimitProbe() {
    }

    /**
     * Probes.
     *
     * @param args the server's base URL, the limit in bytes or {@code default}, then the todo ids to get
     */
    public static void main(String[] args) {
        ApiClient.Builder builder = ApiClient.builder(java.util.Map.<String, String>of()::get).baseUrl(args[0])
                .apiKeyAuth(Faults.API_KEY).appKeyAuth(Faults.APP_KEY)
                .enableUnstableOperations(ApiClient.UNSTABLE_OPERATIONS.toArray(String[]::new))
                .retryPolicy(RetryPolicy.none());
        if (!args[1].equals("default")) {
            builder.maxResponseBytes(Long.parseLong(args[1]));
        }
        IncidentsApi api = new IncidentsApi(builder.build());
        Faults faults = new Faults();
        for (Mode mode : Mode.values()) {
            for (int i = 2; i < args.length; i++) {
                String todo = args[i];
                try {
                    faults.todo(mode, api, todo);
                    System.out.println(mode + " " + todo + ": ok");
                } catch (ApiException e) {
                    System.out.println(mode + " " + todo + ": ApiException: " + e.getMessage());
                }
            }
        }
        SecretWalk.assertNoSecret(faults.thrown(), Faults.API_KEY, Faults.APP_KEY);
        System.out.println("max heap: " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    }
}
